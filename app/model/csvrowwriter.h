#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace numdesk {

// Encodes rows as RFC 4180 CSV in UTF-8: a field holding a comma, a double quote, CR or LF is
// quoted and its quotes doubled; every record ends in CRLF. Nothing else is changed, so a cell
// reads back exactly as written, except NUL: no CSV reader takes it, so it is left out (and
// counted, for the export's summary).
class CsvRowWriter
{
public:
    struct Options
    {
        // Prefixes a cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) with
        // a single quote. Off by default: phone numbers begin with '+'.
        bool spreadsheetSafe = false;
        bool byteOrderMark = false; // starts the output with the UTF-8 BOM (for old Excel)
    };

    CsvRowWriter();
    explicit CsvRowWriter(Options options);

    const Options &options() const { return m_options; }
    // What goes before the first row: the BOM when asked for, otherwise nothing.
    QByteArray preamble() const;
    // `nulsDropped`, when given, grows by the NUL characters left out.
    QByteArray encodeRow(const QStringList &cells, qint64 *nulsDropped = nullptr) const;
    QString encodeCell(const QString &cell) const;

    // A row written cell by cell straight onto `out`, the same bytes as encodeRow of the same
    // cells, without a list or a line of QString in between: appendCell for each cell (`first`
    // for the first of the row), then endRow. A plain ASCII cell, most of an export, is copied
    // byte for byte; anything else loses its NULs and goes through encodeCell. encodeRow is
    // this, cell by cell.
    void appendCell(QByteArray *out, QStringView cell, bool first,
                    qint64 *nulsDropped = nullptr) const;
    // A whole number, in decimal.
    void appendCell(QByteArray *out, qint64 number, bool first) const;
    static void endRow(QByteArray *out);

    static bool needsQuotes(const QString &cell);
    static bool looksLikeFormula(const QString &cell);

private:
    Options m_options;
};

} // namespace numdesk
