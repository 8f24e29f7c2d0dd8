/// The four panes of the workstation, in the order Tab visits them.
public enum Pane: String, CaseIterable, Sendable {
    case cases
    case tree
    case detail
    case deadlines

    var next: Pane { Pane.allCases[(Pane.allCases.firstIndex(of: self)! + 1) % Pane.allCases.count] }
    var previous: Pane {
        Pane.allCases[(Pane.allCases.firstIndex(of: self)! + Pane.allCases.count - 1) % Pane.allCases.count]
    }
}
