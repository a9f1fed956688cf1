#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace numdesk::sandbox {

// One request as the sandbox received it, for tests that check what a client really sent.
struct RecordedRequest
{
    QString method;                               // "GET", "POST", …
    QString path;                                 // decoded: "/api/v1/phone_numbers/+1800…"
    QByteArray rawQuery;                          // as sent: "number=%2B4412…&auth_token=…"
    QList<QPair<QString, QString>> queryItems;    // decoded as the server read them ('+'→' ')
    QList<QPair<QByteArray, QByteArray>> headers; // names as sent
    QByteArray body;
    QDateTime receivedAt; // UTC, when the server read it

    // The last value of a header, compared case-insensitively; empty when absent.
    QByteArray header(const QByteArray &name) const
    {
        QByteArray found;
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                found = h.second;
        }
        return found;
    }
};

} // namespace numdesk::sandbox
