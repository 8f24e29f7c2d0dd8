extension Schema {
    /// A search's matches put in list order from a small index instead of the cases
    /// table. A search reads up to `searchMatchLimit` matches and sorts them: each
    /// needed its case row for the sort and filter columns, and at three 2 KB rows to a
    /// page of the table that was a page read per match (a letter typed cost about a
    /// millisecond at 100,000 cases). Here the same columns lie by row number, about a
    /// hundred rows to a page, so the matches of a search share a few pages, which stay
    /// in the page cache from one letter to the next. About 90 bytes a case.
    static let searchOrder = """
        CREATE INDEX cases_search_order ON cases(seq, nextDue, id, sortName, changedAt, stage, counsellor);
        """
}
