#include "csvrowwriter.h"

#include <array>
#include <charconv>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace numdesk {

CsvRowWriter::CsvRowWriter() = default;

CsvRowWriter::CsvRowWriter(Options options)
    : m_options(options)
{}

QByteArray CsvRowWriter::preamble() const
{
    return m_options.byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
}

bool CsvRowWriter::needsQuotes(const QString &cell)
{
    for (const QChar c : cell) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') ||
            c == QLatin1Char('\n'))
            return true;
    }
    return false;
}

namespace {

bool startsFormula(QChar first)
{
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

} // namespace

bool CsvRowWriter::looksLikeFormula(const QString &cell)
{
    return !cell.isEmpty() && startsFormula(cell.front());
}

QString CsvRowWriter::encodeCell(const QString &cell) const
{
    QString text = cell;
    if (m_options.spreadsheetSafe && looksLikeFormula(text))
        text.prepend(QLatin1Char('\''));
    if (!needsQuotes(text))
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray CsvRowWriter::encodeRow(const QStringList &cells, qint64 *nulsDropped) const
{
    qsizetype size = cells.size() + 2;
    for (const QString &cell : cells)
        size += cell.size();
    QByteArray line;
    line.reserve(size + 16); // quotes and non-ASCII are rare: usually the only allocation
    for (qsizetype i = 0; i < cells.size(); ++i)
        appendCell(&line, cells.at(i), i == 0, nulsDropped);
    endRow(&line);
    return line;
}

void CsvRowWriter::appendCell(QByteArray *out, QStringView cell, bool first,
                              qint64 *nulsDropped) const
{
    // ASCII without a NUL or anything quoted is copied as it is, checked as it is copied,
    // unless a spreadsheet would take it for a formula.
    static constexpr auto kPlain = [] {
        std::array<bool, 128> plain{};
        for (int c = 0; c < 128; ++c)
            plain[std::size_t(c)] = c != ',' && c != '"' && c != '\r' && c != '\n' && c != 0;
        return plain;
    }();
    const qsizetype at = out->size() + (first ? 0 : 1);
    out->resize(at + cell.size());
    char *bytes = out->data();
    if (!first)
        bytes[at - 1] = ',';
    bytes += at;
    bool plain = !(m_options.spreadsheetSafe && !cell.isEmpty() && startsFormula(cell.front()));
    const char16_t *chars = cell.utf16();
    qsizetype i = 0;
#if defined(__SSE2__)
    // 16 characters at a time: all below 0x80, then none of the five the loop below refuses.
    const __m128i notAscii = _mm_set1_epi16(short(0xFF80));
    const __m128i zero = _mm_setzero_si128();
    for (; plain && i + 16 <= cell.size(); i += 16) {
        const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + i));
        const __m128i high = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + i + 8));
        const __m128i wide = _mm_and_si128(_mm_or_si128(low, high), notAscii);
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(wide, zero)) != 0xFFFF) {
            plain = false;
            break;
        }
        const __m128i packed = _mm_packus_epi16(low, high); // exact: every one is below 0x80
        const __m128i refused =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(packed, _mm_set1_epi8(',')),
                                      _mm_cmpeq_epi8(packed, _mm_set1_epi8('"'))),
                         _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(packed, _mm_set1_epi8('\r')),
                                                   _mm_cmpeq_epi8(packed, _mm_set1_epi8('\n'))),
                                      _mm_cmpeq_epi8(packed, zero)));
        if (_mm_movemask_epi8(refused) != 0) {
            plain = false;
            break;
        }
        _mm_storeu_si128(reinterpret_cast<__m128i *>(bytes + i), packed);
    }
#endif
    for (; plain && i < cell.size(); ++i) {
        const char16_t c = chars[i];
        plain = c < 0x80 && kPlain[c];
        bytes[i] = char(c);
    }
    if (plain)
        return;
    out->resize(at);
    // NUL is never written (issue 19.7). It goes before the cell is looked at: "\0=1+2" must be
    // seen as the formula it becomes.
    QString text = cell.toString();
    if (text.contains(QChar(0))) {
        const qsizetype before = text.size();
        text.remove(QChar(0));
        if (nulsDropped)
            *nulsDropped += before - text.size();
    }
    out->append(encodeCell(text).toUtf8());
}

void CsvRowWriter::appendCell(QByteArray *out, qint64 number, bool first) const
{
    char digits[24];
    const std::to_chars_result end = std::to_chars(std::begin(digits), std::end(digits), number);
    if (number < 0 && m_options.spreadsheetSafe) { // '-' starts a formula
        appendCell(out, QString::fromLatin1(digits, end.ptr - digits), first);
        return;
    }
    if (!first)
        out->append(',');
    out->append(digits, end.ptr - digits);
}

void CsvRowWriter::endRow(QByteArray *out)
{
    out->append("\r\n", 2);
}

} // namespace numdesk
