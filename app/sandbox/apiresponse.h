#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace numdesk::sandbox {

// Per-field validation messages, as in {"errors":{"offer_id":["does not exist"]}}.
using FieldErrors = QMap<QString, QStringList>;

// A complete reply of the sandbox before it is written: status, headers and body.
struct ApiResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length

    static QByteArray jsonContentType()
    {
        return QByteArrayLiteral("application/json; charset=utf-8");
    }

    static ApiResponse json(int status, const QJsonValue &value);
    // {"status":422,"errors":{"field":["message", …], …}}
    static ApiResponse errors(int status, const FieldErrors &errors);
    // {"status":404,"errors":{"base":["message"]}}
    static ApiResponse error(int status, const QString &message);
    static ApiResponse text(int status, const QByteArray &contentType, const QByteArray &body);

    QByteArray header(const QByteArray &name) const;
};

} // namespace numdesk::sandbox
