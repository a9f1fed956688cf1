#include "apiresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace numdesk::sandbox {

ApiResponse ApiResponse::json(int status, const QJsonValue &value)
{
    ApiResponse response;
    response.status = status;
    response.contentType = jsonContentType();
    response.body = value.isArray()
                        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::errors(int status, const FieldErrors &errors)
{
    QJsonObject byField;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        byField.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return json(status, QJsonObject{{QStringLiteral("status"), status},
                                    {QStringLiteral("errors"), byField}});
}

ApiResponse ApiResponse::error(int status, const QString &message)
{
    return errors(status, {{QStringLiteral("base"), {message}}});
}

ApiResponse ApiResponse::text(int status, const QByteArray &contentType, const QByteArray &body)
{
    ApiResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace numdesk::sandbox
