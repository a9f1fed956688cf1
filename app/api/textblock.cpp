#include "textblock.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace numdesk {

namespace {

// Widens `bytes` into `out`; false when they are not all ASCII (`out` is then written, but not
// meaningfully).
bool widenAscii(std::string_view bytes, char16_t *out)
{
    size_t i = 0;
#if defined(__SSE2__)
    // 16 at a time (texts are mostly 12 to 36 bytes): a byte with its high bit set ends it.
    const __m128i zero = _mm_setzero_si128();
    for (; i + 16 <= bytes.size(); i += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(bytes.data() + i));
        if (_mm_movemask_epi8(chunk) != 0)
            return false;
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i), _mm_unpacklo_epi8(chunk, zero));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i + 8), _mm_unpackhi_epi8(chunk, zero));
    }
#endif
    unsigned char high = 0;
    for (; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        high |= c;
        out[i] = c;
    }
    return high < 0x80;
}

QString fromUtf8(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

} // namespace

void TextBlock::finish()
{
    qsizetype total = 0;
    for (const Entry &entry : m_entries)
        total += qsizetype(entry.utf8.size()) + 1;
    QString block;
    char16_t *base = nullptr;
    if (total > 0) {
        block = QString(total, Qt::Uninitialized);
        base = reinterpret_cast<char16_t *>(block.data());
    }
    qsizetype at = 0;
    for (const Entry &entry : m_entries) {
        const auto size = qsizetype(entry.utf8.size());
        if (size == 0 || !widenAscii(entry.utf8, base + at)) {
            *entry.target = fromUtf8(entry.utf8); // its room in the block goes to the next one
        } else {
            base[at + size] = u'\0';
            // A copy of the block's data pointer (one more reference to it), narrowed to this
            // text: what QString itself holds after chopping both ends of a string it owns.
            QString::DataPointer slice = block.data_ptr();
            slice.ptr = base + at;
            slice.size = size;
            *entry.target = QString(std::move(slice));
            at += size + 1;
        }
        if (entry.copy)
            *entry.copy = *entry.target;
    }
    m_entries.clear();
}

} // namespace numdesk
