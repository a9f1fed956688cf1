#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace numdesk {

// An offer, traffic source or number pool as a plan cell names it.
struct PlanReference
{
    enum class Kind
    {
        Leave, // empty cell: as it is
        Clear, // "none": unassigned
        Id,    // a whole number, or "#102" as the table shows an id without a name
        Name   // anything else: matched against the lookups' names
    };
    Kind kind = Kind::Leave;
    qint64 id = 0;
    QString name;

    bool operator==(const PlanReference &o) const
    {
        return kind == o.kind && id == o.id && name == o.name;
    }
};

// One row of a plan file: which number, and what to do with it.
struct PlanRow
{
    enum class Action
    {
        Update,
        Unrent
    };

    int line = 0;       // the line of the file the row starts on (the header is line 1)
    QString id;         // the id cell; empty when the row names its number instead
    QString number;     // the number cell in E.164; empty when none
    QString numberText; // the number cell as written
    Action action = Action::Update;
    PlanReference offer;
    PlanReference trafficSource;
    PlanReference ringPool;
    std::optional<std::optional<QStringList>> tokenValues; // outer: given; inner empty: clear
    QString invalidColumn; // the first cell that cannot be read, and why
    QString invalidReason;

    bool isValid() const { return invalidReason.isEmpty(); }
    // The number as the row names it: the id, else the number as written.
    QString reference() const { return id.isEmpty() ? numberText : id; }
};

// Reads a plan file: CSV in UTF-8 (RFC 4180: quoted cells may hold separators, quotes and line
// breaks) with a header row; ',' ';' or tab separated (whichever the header uses most); a BOM
// is skipped. Rows name their number by `id` or `number` (any written form PhoneNumbering
// reads, a possible number suffices). Columns, any subset and in any order: offer,
// traffic_source, ring_pool (offer_id, traffic_source_id, ring_pool_id, the table's column
// labels and "pool" as aliases), token_values, action (update | unrent). Other columns are
// ignored, so an export written with names as shown is a plan. A cell a spreadsheet-safe
// export prefixed with "'" is read without it.
class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::PlanFile)

public:
    struct Parsed
    {
        QList<PlanRow> rows;
        QString error; // the file as a whole cannot be a plan (no header, no id or number column,
                       // an unterminated quote); rows is then empty
        QChar separator;
        bool ok() const { return error.isEmpty(); }
    };

    static Parsed read(const QByteArray &bytes, const QString &defaultCountry);
    static Parsed readFile(const QString &path, const QString &defaultCountry);

    // The records of CSV text with the line each starts on; nullopt and why when a quote is
    // never closed.
    struct Record
    {
        int line = 0;
        QStringList cells;
    };
    static std::optional<QList<Record>> records(const QString &text, QChar separator,
                                                QString *error = nullptr);
    static QChar detectSeparator(const QString &text);
    // The column key a header cell stands for ("offer_id" for "Offer", "offer", "offer_id"),
    // "action", or empty for a column a plan does not read.
    static QString columnKey(const QString &header);
    // "a:1; b:2" as token values, each checked; "none" clears (an empty list). nullopt and why
    // when an entry is bad.
    static std::optional<QStringList> readTokenValues(const QString &text,
                                                      QString *error = nullptr);
    static PlanReference readReference(const QString &text);
};

} // namespace numdesk
