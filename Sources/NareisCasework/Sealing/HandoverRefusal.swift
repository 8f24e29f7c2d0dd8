/// A handover refused for what this store already knows of it.
public enum HandoverRefusal: Error, Equatable, Sendable {
    /// The same sealed file (by its random file ID) was received here before, at
    /// `receivedAt` (UTC): a replayed or doubly delivered file is not taken in twice.
    case replayed(fileId: String, receivedAt: String)
}
