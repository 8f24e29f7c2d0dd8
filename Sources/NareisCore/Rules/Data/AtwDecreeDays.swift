/// Days made equal to the algemeen erkende feestdagen by decree (Algemene termijnenwet
/// art. 3(3)), as `../shared/domain/rules.md` ATW-HOLIDAYS lists them. A decree covers
/// three years; when the next one is published its days are added here with their source.
enum AtwDecreeDays {
    static let decree2023 = "Besluit gelijkstelling dagen Algemene termijnenwet 2023-2025"
    static let decree2026 = "Besluit gelijkstelling dagen Algemene termijnenwet 2026-2028"

    static let entries: [(day: Day, source: String)] = [
        ("2023-04-28", decree2023), ("2023-05-19", decree2023), ("2024-05-10", decree2023),
        ("2024-12-27", decree2023), ("2025-05-30", decree2023),
        ("2026-01-02", decree2026), ("2026-05-15", decree2026), ("2027-05-07", decree2026),
        ("2028-04-28", decree2026), ("2028-05-26", decree2026),
    ].map { (Day(iso: $0.0)!, $0.1) }
}
