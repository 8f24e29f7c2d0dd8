@testable import NareisTUI

/// A terminal for tests: it hands out scripted keys, keeps every frame it is
/// shown and how many cells each changed, and can be resized between keys.
final class RecordingTerminal: TerminalBackend {
    /// What the script does next: a key, or a new size (followed by the resize key
    /// curses would send).
    enum Step {
        case key(Key)
        case resize(Size)
        /// No key within the poll interval, after this much time on the terminal's clock.
        case pause(Duration)
    }

    private(set) var size: Size
    private var script: [Step]
    private(set) var frames: [Screen] = []
    /// Cells that differ from the frame before, per frame (every cell after a resize).
    private(set) var changedCells: [Int] = []
    private(set) var invalidations = 0
    private(set) var closed = false
    private var previous: Screen?
    /// A clock that moves only with the script's pauses: the loop's `now` in tests of time.
    private(set) var now = ContinuousClock.now

    init(size: Size, script: [Step]) {
        self.size = size
        self.script = script
    }

    convenience init(size: Size, keys: [Key]) {
        self.init(size: size, script: keys.map(Step.key))
    }

    /// True when every scripted key has been read.
    var finished: Bool { script.isEmpty }

    func present(_ screen: Screen) {
        var changed = 0
        for y in 0..<screen.size.height {
            for x in 0..<screen.size.width where previous?.size != screen.size || previous?[x, y] != screen[x, y] {
                changed += 1
            }
        }
        frames.append(screen)
        changedCells.append(changed)
        previous = screen
    }

    func readKey() -> Key? {
        guard !script.isEmpty else { return nil }
        switch script.removeFirst() {
        case .key(let key):
            return key
        case .resize(let newSize):
            size = newSize
            return .resize
        case .pause(let time):
            now += time
            return nil
        }
    }

    func invalidate() {
        invalidations += 1
        previous = nil
    }

    func close() { closed = true }
}
