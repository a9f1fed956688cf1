#include "cellformatter.h"

#include "apischema.h"
#include "lookupcache.h"
#include "phonenumbering.h"

#include <QCoreApplication>
#include <QDateTime>

namespace numdesk {

namespace {

std::optional<schema::LookupKind> lookupKindOf(const QString &key)
{
    for (const schema::LookupKind kind : schema::allLookupKinds()) {
        if (schema::numberForeignKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

// Digits text[pos, pos + count) as a number, or -1.
int digits(const QString &text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text.at(pos + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

// The messages of this file: Text::tr("…") is what lupdate reads (it cannot see a literal
// passed to a helper).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::NumberTableModel)
};

} // namespace

CellFormatter::CellFormatter()
    : m_zone(QTimeZone::systemTimeZone())
    , m_dateFormat(QStringLiteral("yyyy-MM-dd HH:mm"))
{
    // The locale's own order (natural in every real locale; the tests' "C" compares code
    // points, and their expectations follow it).
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

QCollator CellFormatter::naturalCollator()
{
    const QLocale locale;
    QCollator collator(locale.language() == QLocale::C ? QLocale(QLocale::English) : locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

std::optional<qint64> CellFormatter::parseTimestampMs(const QString &text)
{
    // YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM|±HHMM)
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2), minute = digits(text, 14, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 ||
        minute < 0 || minute > 59 || text.at(4) != u'-' || text.at(7) != u'-' ||
        (text.at(10) != u'T' && text.at(10) != u' ') || text.at(13) != u':')
        return std::nullopt;
    qsizetype pos = 16;
    int second = 0, millis = 0;
    if (pos < text.size() && text.at(pos) == u':') {
        second = digits(text, pos + 1, 2);
        if (second < 0 || second > 60)
            return std::nullopt;
        pos += 3;
        if (pos < text.size() && (text.at(pos) == u'.' || text.at(pos) == u',')) {
            ++pos;
            int scale = 100;
            while (pos < text.size() && text.at(pos).isDigit()) {
                millis += scale * (text.at(pos).unicode() - u'0');
                scale /= 10;
                ++pos;
            }
        }
    }
    int offsetSeconds = 0;
    if (pos < text.size()) {
        const QChar sign = text.at(pos);
        if (sign == u'Z' && pos + 1 == text.size()) {
            // UTC
        } else if (sign == u'+' || sign == u'-') {
            const int oh = digits(text, pos + 1, 2);
            const qsizetype mm =
                pos + 3 < text.size() && text.at(pos + 3) == u':' ? pos + 4 : pos + 3;
            const int om = digits(text, mm, 2);
            if (oh < 0 || om < 0 || mm + 2 != text.size())
                return std::nullopt;
            offsetSeconds = (oh * 3600 + om * 60) * (sign == u'-' ? -1 : 1);
        } else {
            return std::nullopt;
        }
    } else {
        return std::nullopt; // no offset: not a record timestamp
    }
    const qint64 days = daysFromCivil(year, month, day);
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return seconds * 1000 + millis;
}

std::optional<qint64> CellFormatter::integerValue(const PhoneNumber &number, const QString &key)
{
    const QJsonValue value = number.value(key);
    if (value.isDouble())
        return value.toInteger();
    return std::nullopt;
}

QString CellFormatter::display(const PhoneNumber &number, const QString &key,
                               columns::Kind kind) const
{
    switch (kind) {
    case columns::Kind::Number:
        // Issue 14, item 7: a missing human_number, or one written for another country
        // ("(313) 964-5430" for a UK number), is not what the operator reads.
        if (key == QLatin1String("number"))
            return PhoneNumbering::readable(number.number, number.humanNumber, m_homeRegion);
        return number.text(key);
    case columns::Kind::Country:
        return number.country.isEmpty() ? QString() : schema::countryName(number.country);
    case columns::Kind::Reference: {
        const std::optional<qint64> id = integerValue(number, key);
        if (!id)
            return QString();
        if (m_names) {
            const QString name = m_names->value(key).value(*id);
            if (!name.isEmpty())
                return name;
        }
        if (m_lookups) {
            if (const auto lookup = lookupKindOf(key)) {
                const QString name = m_lookups->name(*lookup, *id);
                if (!name.isEmpty())
                    return name;
            }
        }
        return QStringLiteral("#%1").arg(*id);
    }
    case columns::Kind::Timestamp: {
        const QString raw = number.text(key);
        if (raw.isEmpty())
            return raw;
        const std::optional<qint64> ms = parseTimestampMs(raw);
        if (!ms)
            return raw;
        return QDateTime::fromMSecsSinceEpoch(*ms, m_zone).toString(m_dateFormat);
    }
    case columns::Kind::Tokens:
        return number.tokenValues.join(QStringLiteral("; "));
    case columns::Kind::Integer:
    case columns::Kind::Text:
        break;
    }
    return number.text(key);
}

QVariant CellFormatter::toolTip(const PhoneNumber &number, const QString &key,
                                columns::Kind kind) const
{
    switch (kind) {
    case columns::Kind::Country:
        return number.country.isEmpty() ? QVariant() : QVariant(number.country);
    case columns::Kind::Reference: {
        const std::optional<qint64> id = integerValue(number, key);
        if (!id)
            return QVariant();
        //: Tooltip of an offer, traffic source, pool or provider cell: "Offer #100"
        return Text::tr("%1 #%2").arg(columns::label(key)).arg(*id);
    }
    case columns::Kind::Number:
        return number.text(key).isEmpty() ? QVariant() : QVariant(number.text(key));
    case columns::Kind::Timestamp: {
        const QString raw = number.text(key);
        return raw.isEmpty() ? QVariant() : QVariant(raw);
    }
    case columns::Kind::Text:
    case columns::Kind::Tokens: {
        const QString text = display(number, key, kind);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case columns::Kind::Integer:
        break;
    }
    return QVariant();
}

int CellFormatter::compare(const PhoneNumber &a, const PhoneNumber &b, const QString &key,
                           columns::Kind kind) const
{
    switch (kind) {
    case columns::Kind::Reference:
    case columns::Kind::Country: {
        // By the name shown (an id without a name reads "#id").
        const QString x = display(a, key, kind), y = display(b, key, kind);
        if (x.isEmpty() || y.isEmpty())
            return int(!x.isEmpty()) - int(!y.isEmpty());
        return m_collator.compare(x, y);
    }
    case columns::Kind::Integer: {
        const std::optional<qint64> x = integerValue(a, key), y = integerValue(b, key);
        if (!x || !y)
            return int(bool(x)) - int(bool(y));
        return *x < *y ? -1 : (*x > *y ? 1 : 0);
    }
    case columns::Kind::Timestamp: {
        const std::optional<qint64> x = parseTimestampMs(a.text(key));
        const std::optional<qint64> y = parseTimestampMs(b.text(key));
        if (!x || !y)
            return int(bool(x)) - int(bool(y));
        return *x < *y ? -1 : (*x > *y ? 1 : 0);
    }
    case columns::Kind::Number:
    case columns::Kind::Text:
    case columns::Kind::Tokens:
        break;
    }
    const QString x = a.text(key), y = b.text(key);
    if (x.isEmpty() || y.isEmpty())
        return int(!x.isEmpty()) - int(!y.isEmpty());
    return m_collator.compare(x, y);
}

QVariant CellFormatter::headerData(const QString &key, columns::Kind kind, int role,
                                   int columnKeyRole)
{
    if (role == Qt::DisplayRole)
        return columns::label(key);
    if (role == columnKeyRole)
        return key;
    if (role == Qt::TextAlignmentRole && kind == columns::Kind::Integer)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CellFormatter::cellAlignment(columns::Kind kind)
{
    return int(Qt::AlignVCenter |
               (kind == columns::Kind::Integer ? Qt::AlignRight : Qt::AlignLeft));
}

QVariant CellFormatter::cellData(const PhoneNumber &number, const QString &key, columns::Kind kind,
                                 int role, int recordIdRole) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(number, key, kind);
    case Qt::EditRole:
        return number.text(key);
    case Qt::ToolTipRole:
        return toolTip(number, key, kind);
    case Qt::TextAlignmentRole:
        return cellAlignment(kind);
    default:
        if (role == recordIdRole)
            return number.id ? QVariant(*number.id) : QVariant();
        return {};
    }
}

} // namespace numdesk
