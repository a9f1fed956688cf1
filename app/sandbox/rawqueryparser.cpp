#include "rawqueryparser.h"

namespace numdesk::sandbox {

QueryItems RawQueryParser::parse(const QByteArray &rawQuery)
{
    QueryItems items;
    const QList<QByteArray> pairs = rawQuery.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        const QString decodedKey = decodeComponent(key);
        if (decodedKey.isEmpty())
            continue;
        items.append({decodedKey, decodeComponent(value)});
    }
    return items;
}

QString RawQueryParser::decodeComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}

QString RawQueryParser::value(const QueryItems &items, const QString &key, bool *found)
{
    QString result;
    bool present = false;
    for (const auto &item : items) {
        if (item.first == key) {
            result = item.second;
            present = true;
        }
    }
    if (found)
        *found = present;
    return result;
}

} // namespace numdesk::sandbox
