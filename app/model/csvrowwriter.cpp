#include "csvrowwriter.h"

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

bool CsvRowWriter::looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
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
    QString line;
    line.reserve(size + 16); // quotes are rare: usually the line's only allocation
    QString withoutNul;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        // NUL is never written (issue 19.7). It goes before the cell is looked at: "\0=1+2"
        // must be seen as the formula it becomes.
        const QString *cell = &cells.at(i);
        if (cell->contains(QChar(0))) {
            withoutNul = *cell;
            withoutNul.remove(QChar(0));
            if (nulsDropped)
                *nulsDropped += cell->size() - withoutNul.size();
            cell = &withoutNul;
        }
        if ((m_options.spreadsheetSafe && looksLikeFormula(*cell)) || needsQuotes(*cell))
            line += encodeCell(*cell);
        else
            line += *cell; // what encodeCell gives, without its copy
    }
    line += QLatin1String("\r\n");
    return line.toUtf8();
}

} // namespace numdesk
