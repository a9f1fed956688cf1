#include "listparameters.h"

#include <QJsonObject>

namespace numdesk::sandbox {

namespace {

// A positive whole number, or nullopt (and a message) otherwise.
std::optional<int> positiveNumber(const QString &text, QString *message)
{
    bool ok = false;
    const qlonglong value = text.trimmed().toLongLong(&ok);
    if (!ok) {
        *message = ListParameters::tr("must be a number");
        return std::nullopt;
    }
    if (value < 1) {
        *message = ListParameters::tr("must be greater than 0");
        return std::nullopt;
    }
    return int(qMin<qlonglong>(value, 1000000000));
}

} // namespace

std::optional<bool> ListParameters::parseBoolean(const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("1") || word == QLatin1String("true") ||
        word == QLatin1String("yes") || word == QLatin1String("on"))
        return true;
    if (word == QLatin1String("0") || word == QLatin1String("false") ||
        word == QLatin1String("no") || word == QLatin1String("off"))
        return false;
    return std::nullopt;
}

QString ListParameters::booleanMessage()
{
    return tr("must be a boolean value: 1, true, yes, on, 0, false, no, off");
}

ListParameters ListParameters::parse(const QueryItems &query, int perPageCap,
                                     const QStringList &allowedColumns, FieldErrors &errors)
{
    ListParameters params;
    params.perPageCap = qMax(1, perPageCap);
    params.perPage = qMin(25, params.perPageCap);
    bool given = false;
    QString message;

    const QString page = RawQueryParser::value(query, QStringLiteral("page"), &given);
    if (given) {
        if (const auto value = positiveNumber(page, &message))
            params.page = *value;
        else
            errors[QStringLiteral("page")].append(message);
    }
    const QString perPage = RawQueryParser::value(query, QStringLiteral("per_page"), &given);
    if (given) {
        if (const auto value = positiveNumber(perPage, &message))
            params.perPage = qMin(*value, params.perPageCap);
        else
            errors[QStringLiteral("per_page")].append(message);
    }
    // Keeps (page - 1) * perPage well inside an int.
    params.page = qMin(params.page, 1000000000 / params.perPage + 1);

    const QString columns = RawQueryParser::value(query, QStringLiteral("columns"), &given);
    if (given) {
        for (const QString &part : columns.split(QLatin1Char(','))) {
            const QString column = part.trimmed();
            if (column.isEmpty() || params.columns.contains(column))
                continue;
            if (!allowedColumns.contains(column)) {
                errors[QStringLiteral("columns")].append(
                    tr("'%1' is not a column (use any of: %2)")
                        .arg(column, allowedColumns.join(QStringLiteral(", "))));
                continue;
            }
            params.columns.append(column);
        }
    }
    const QString root = RawQueryParser::value(query, QStringLiteral("root"), &given);
    if (given) {
        if (const auto value = parseBoolean(root))
            params.root = *value;
        else
            errors[QStringLiteral("root")].append(booleanMessage());
    }
    return params;
}

QJsonObject ListParameters::metadata(qint64 totalCount) const
{
    const qint64 totalPages = (totalCount + perPage - 1) / perPage;
    return QJsonObject{
        {QStringLiteral("total_count"), totalCount},
        {QStringLiteral("total_pages"), totalPages},
        {QStringLiteral("page"), page},
        {QStringLiteral("per_page"), perPage},
        {QStringLiteral("per_page_cap"), perPageCap},
    };
}

} // namespace numdesk::sandbox
