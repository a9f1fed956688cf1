#pragma once

#include "apiresponse.h"
#include "rawqueryparser.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace numdesk::sandbox {

class SandboxStore;

// Reads and validates the parameters of a purchase (POST) or an update (PUT) as Rails would:
// query parameters merged with the body (JSON, or form-encoded), ids as JSON integers or
// numeric strings, booleans as JSON booleans or the seed's words, token values checked with
// numdesk::TokenValue. Every bad field gets its own message.
class NumberInput
{
    Q_DECLARE_TR_FUNCTIONS(NumberInput)

public:
    struct Purchase
    {
        qint64 providerConfigurationId = 0;
        qint64 offerId = 0;
        bool tollFree = false;
        QString country;
        std::optional<qint64> trafficSourceId;
        std::optional<qint64> ringPoolId;
        QStringList tokenValues;
        QString requestedNumber; // E.164 of requested_number; empty: any number
    };
    // Only what the request names changes; a present-but-null id unassigns it.
    struct Changes
    {
        std::optional<qint64> offerId;
        bool setTrafficSource = false;
        std::optional<qint64> trafficSourceId;
        bool setRingPool = false;
        std::optional<qint64> ringPoolId;
        bool setTokenValues = false;
        QStringList tokenValues;
    };

    // The request's parameters. False (with the parser's reason) when a JSON body is not
    // valid JSON: Rails answers such a request 400 Bad Request.
    static bool readParams(const QueryItems &query, const QByteArray &contentType,
                           const QByteArray &body, QJsonObject *params, QString *jsonError);

    static std::optional<Purchase> purchase(const QJsonObject &params, const SandboxStore &store,
                                            FieldErrors &errors);
    static std::optional<Changes> changes(const QJsonObject &params, const SandboxStore &store,
                                          FieldErrors &errors);
};

} // namespace numdesk::sandbox
