#pragma once

#include "phonenumber.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace numdesk {
class LookupCache;
} // namespace numdesk

namespace numdesk::cli {

// Prints phone numbers: an aligned table with column labels, CSV (the export's writer) or a
// JSON array of records; one record as "Label: value" lines or a JSON object. With lookups,
// the table prints offers, traffic sources, pools and providers by name and a record as
// "Name (#id)"; CSV and JSON keep the ids.
class OutputFormatter
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::OutputFormatter)

public:
    enum class Format
    {
        Table,
        Csv,
        Json
    };

    static std::optional<Format> formatFromName(const QString &name);

    // `columns` empty: JSON gives every field the server sent; table and CSV the default view.
    static QByteArray list(const QList<PhoneNumber> &numbers, const QStringList &columns,
                           Format format, const LookupCache *names = nullptr);
    static QByteArray table(const QList<PhoneNumber> &numbers, const QStringList &columns,
                            const LookupCache *names = nullptr);
    static QByteArray csv(const QList<PhoneNumber> &numbers, const QStringList &columns);
    static QByteArray json(const QList<PhoneNumber> &numbers, const QStringList &columns);

    // Rows (the first is the header) as aligned columns, each cell on one line and cut at
    // maxCellWidth().
    static QByteArray textTable(QList<QStringList> rows);

    static QByteArray record(const PhoneNumber &number, const LookupCache *names = nullptr);
    static QByteArray recordJson(const PhoneNumber &number);

    static QStringList defaultColumns(); // id, then the window's default columns
    static int maxCellWidth() { return 40; }
};

} // namespace numdesk::cli
