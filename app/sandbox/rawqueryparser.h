#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace numdesk::sandbox {

using QueryItems = QList<QPair<QString, QString>>;

// Reads a query string the way Rails (Rack) does, which QUrlQuery does not: split on '&',
// then on the first '=', turn every raw '+' into a space, and only then percent-decode
// (so "%2B" is a plus and a raw "+" a space).
class RawQueryParser
{
public:
    static QueryItems parse(const QByteArray &rawQuery);
    static QString decodeComponent(QByteArray component);

    // The last value given for a key (Rails keeps the last); `found` says whether it was given.
    static QString value(const QueryItems &items, const QString &key, bool *found = nullptr);
};

} // namespace numdesk::sandbox
