import Foundation
import NareisCore
import Testing

@Suite struct FoldedKeyTests {
    @Test func theKeyIsFoundationsFoldingWithAnASCIIFastPath() {
        for text in ["Amman", "BEIRUT", "Addis Ababa", "Erbil", "al-Ahmad", "Zaid 12", "", "Émile Ölçer", "İbrahim",
                     "Şahin", "ሳባ ተስፋይ", "محمد", "Straße", "Jae\u{0308}l"] {
            #expect(text.foldedKey == text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil), "\(text)")
        }
    }
}
