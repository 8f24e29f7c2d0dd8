/// The follow-up tasks nareis knows, each with the rule and source it comes from.
/// Tasks tied to a deadline of the assessment take that deadline's due day and are
/// done when its event is recorded; the others are marked done by the counsellor.
public struct TaskTemplate: Sendable {
    public enum ID: String, CaseIterable, Sendable {
        case fileApplication = "file-application"
        case completeApplication = "complete-application"
        case fileObjection = "file-objection"
        case mvvAppointment = "mvv-appointment"
        case travel = "travel"
        case reportToIND = "report-to-ind"
        case iomConsultation = "iom-consultation"
        case iomTravelAssistance = "iom-travel-assistance"
        case refugeeFund = "refugee-fund"
        case coaReception = "coa-reception"
        case indAppointment = "ind-appointment"
        case tbTest = "tb-test"
        case brpRegistration = "brp-registration"
        case collectPermit = "collect-permit"
        case prepareInvestigation = "prepare-investigation"
        case unhcrVideoInterview = "unhcr-video-interview"
    }

    public let id: ID
    public let rule: String
    public let source: String
    /// The assessment deadline this task answers, if any.
    public let deadline: String?

    public static let all: [TaskTemplate] = [
        TaskTemplate(id: .fileApplication, rule: "TERM-3M", source: "IND-PROCESS", deadline: "application-term"),
        TaskTemplate(id: .completeApplication, rule: "TERM-RECTIFY", source: "AIDA-NL", deadline: "rectification"),
        TaskTemplate(id: .fileObjection, rule: "PROC-OBJECTION-4W", source: "Vreemdelingenwet 2000 art. 69", deadline: "objection"),
        TaskTemplate(id: .mvvAppointment, rule: "PROC-MVV-APPOINTMENT", source: "IND-PROCESS", deadline: "mvv-appointment"),
        TaskTemplate(id: .travel, rule: "PROC-TRAVEL-90D", source: "IND-PROCESS", deadline: "travel"),
        TaskTemplate(id: .reportToIND, rule: "PROC-REPORT-3D", source: "IND-PROCESS", deadline: "ind-registration"),
        TaskTemplate(id: .iomConsultation, rule: "FEE-IOM-CONSULT", source: "IOM", deadline: nil),
        TaskTemplate(id: .iomTravelAssistance, rule: "PROC-IOM", source: "IOM", deadline: nil),
        TaskTemplate(id: .refugeeFund, rule: "PROC-IOM", source: "IOM", deadline: nil),
        TaskTemplate(id: .coaReception, rule: "PROC-COA", source: "IND-PROCESS", deadline: nil),
        TaskTemplate(id: .indAppointment, rule: "PROC-IND-APPOINTMENT", source: "IND-PROCESS", deadline: nil),
        TaskTemplate(id: .tbTest, rule: "PROC-REPORT-3D", source: "IND-PROCESS", deadline: nil),
        TaskTemplate(id: .brpRegistration, rule: "PROC-REPORT-3D", source: "IND-PROCESS", deadline: nil),
        TaskTemplate(id: .collectPermit, rule: "PROC-PERMIT-COLLECT", source: "IND-PROCESS", deadline: nil),
        TaskTemplate(id: .prepareInvestigation, rule: "PROC-INVESTIGATE-EVENTS", source: "IND-PROCESS", deadline: nil),
        TaskTemplate(id: .unhcrVideoInterview, rule: "PROC-INVESTIGATE-EVENTS", source: "IND-UNHCR", deadline: nil),
    ]

    public static func named(_ id: ID) -> TaskTemplate { all.first { $0.id == id }! }

    /// The IOM's travel assistance, step by step, as the IOM page lists it.
    public static let iomSteps: [TaskText] = [
        .iomStepRequest, .iomStepEstimate, .iomStepPay, .iomStepConfirmation,
        .iomStepContact, .iomStepDocuments, .iomStepInformed, .iomStepSettle,
    ]
}
