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

QByteArray CsvRowWriter::encodeRow(const QStringList &cells) const
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += encodeCell(cells.at(i));
    }
    line += QLatin1String("\r\n");
    return line.toUtf8();
}

} // namespace numdesk
