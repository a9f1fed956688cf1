#include "numberwritehandler.h"

#include "demodatagenerator.h"
#include "numberinput.h"
#include "numberplan.h"
#include "numberreadhandler.h"
#include "numbersearchhandler.h"
#include "recordserializer.h"
#include "sandboxstore.h"

#include <phonenumbering.h>

namespace numdesk::sandbox {

namespace {

constexpr int kAllocationAttempts = 200;

} // namespace

NumberWriteHandler::NumberWriteHandler(SandboxStore &store, NumberSearchHandler &search,
                                       quint64 seed, Clock clock)
    : m_store(store)
    , m_search(search)
    , m_random(seed ^ 0x70757263686173ULL)
    , m_clock(std::move(clock))
{}

ApiResponse NumberWriteHandler::invalidJson(const QString &reason)
{
    return ApiResponse::error(400, tr("The request body is not valid JSON: %1").arg(reason));
}

QString NumberWriteHandler::allocateNumber(const QString &country, bool tollFree)
{
    for (int attempt = 0; attempt < kAllocationAttempts; ++attempt) {
        const QString number = NumberPlan::generate(country, tollFree, m_random);
        const QString digits = NumberPlan::digitsOf(number);
        if (!number.isEmpty() && !m_store.digitsTaken(digits) && !m_search.isTakenElsewhere(digits))
            return number;
    }
    return {};
}

std::optional<ApiResponse>
NumberWriteHandler::refuseRequested(const QString &e164, const QString &country, bool tollFree)
{
    const auto refuse = [](const QString &message) {
        return ApiResponse::errors(422, {{QStringLiteral("requested_number"), {message}}});
    };
    const auto number = PhoneNumbering::fromE164(e164);
    if (!number || !number->valid)
        return refuse(tr("is not a valid phone number"));
    // A NANP toll-free number is sold in every NANP country.
    if (number->region != country && !(number->isTollFree() && number->callingCode == 1 &&
                                       PhoneNumbering::callingCode(country) == 1))
        return refuse(tr("is not a number of %1").arg(country));
    if (number->isTollFree() != tollFree)
        return refuse(tollFree ? tr("is not a toll-free number") : tr("is a toll-free number"));
    const QString digits = NumberPlan::digitsOf(e164);
    if (m_store.digitsTaken(digits) || m_search.takenAtPurchase(digits))
        return refuse(tr("is no longer available"));
    return std::nullopt;
}

ApiResponse NumberWriteHandler::purchase(const QueryItems &query, const QByteArray &contentType,
                                         const QByteArray &body)
{
    QJsonObject params;
    QString jsonError;
    if (!NumberInput::readParams(query, contentType, body, &params, &jsonError))
        return invalidJson(jsonError);
    FieldErrors errors;
    const auto purchase = NumberInput::purchase(params, m_store, errors);
    if (!purchase)
        return ApiResponse::errors(422, errors);

    if (!purchase->requestedNumber.isEmpty()) {
        if (auto refused =
                refuseRequested(purchase->requestedNumber, purchase->country, purchase->tollFree))
            return *refused;
    }
    const QString number = purchase->requestedNumber.isEmpty()
                               ? allocateNumber(purchase->country, purchase->tollFree)
                               : purchase->requestedNumber;
    if (number.isEmpty()) {
        return ApiResponse::error(
            422, tr("No %1 number is available in %2 right now")
                     .arg(purchase->tollFree ? tr("toll-free") : tr("local"), purchase->country));
    }
    const qint64 now = m_clock();
    NumberRecord record;
    record.number = number;
    record.country = purchase->country;
    record.tollFree = purchase->tollFree;
    record.humanNumber = NumberPlan::humanNumber(record.country, number);
    record.name = record.humanNumber;
    record.offerId = purchase->offerId;
    record.providerConfigurationId = purchase->providerConfigurationId;
    record.trafficSourceId = purchase->trafficSourceId;
    record.ringPoolId = purchase->ringPoolId;
    record.tokenValues = purchase->tokenValues;
    record.providerAuthKey = DemoDataGenerator::providerAuthKey(m_random);
    record.uuid = DemoDataGenerator::uuid(m_random);
    record.type = QStringLiteral("PhoneNumber");
    record.areaCodeId = NumberPlan::areaCodeId(record.country, record.number);
    record.createdAt = now;
    record.updatedAt = now;
    QString error;
    if (!m_store.insertNumber(record, &error))
        return ApiResponse::error(500, error);
    return ApiResponse::json(201, RecordSerializer::singleEnvelope(record, 201));
}

ApiResponse NumberWriteHandler::update(const QString &id, const QueryItems &query,
                                       const QByteArray &contentType, const QByteArray &body)
{
    // Rails parses the body before the controller looks the record up.
    QJsonObject params;
    QString jsonError;
    if (!NumberInput::readParams(query, contentType, body, &params, &jsonError))
        return invalidJson(jsonError);
    auto record = m_store.findLive(NumberReadHandler::stripFormat(id));
    if (!record)
        return NumberReadHandler::notFound();
    FieldErrors errors;
    const auto changes = NumberInput::changes(params, m_store, errors);
    if (!changes)
        return ApiResponse::errors(422, errors);

    if (changes->offerId)
        record->offerId = *changes->offerId;
    if (changes->setTrafficSource)
        record->trafficSourceId = changes->trafficSourceId;
    if (changes->setRingPool)
        record->ringPoolId = changes->ringPoolId;
    if (changes->setTokenValues) {
        if (record->tokenValues != changes->tokenValues)
            record->optimizerTokensChangedAt = m_clock();
        record->tokenValues = changes->tokenValues;
    }
    const qint64 now = m_clock();
    record->updatedAt = now;
    record->userUpdatedAt = now;
    QString error;
    if (!m_store.updateNumber(*record, &error))
        return ApiResponse::error(500, error);
    return ApiResponse::json(200, RecordSerializer::singleEnvelope(*record, 200));
}

ApiResponse NumberWriteHandler::unrent(const QString &id)
{
    auto record = m_store.findLive(NumberReadHandler::stripFormat(id));
    if (!record)
        return NumberReadHandler::notFound();
    if (record->deletePrevention) {
        return ApiResponse::error(
            422, tr("Number is protected by delete prevention and cannot be unrented"));
    }
    const qint64 now = m_clock();
    QString error;
    if (!m_store.softDelete(record->id, now, &error))
        return ApiResponse::error(500, error);
    record->deletedAt = now;
    record->updatedAt = now;
    return ApiResponse::json(200, RecordSerializer::singleEnvelope(*record, 200));
}

} // namespace numdesk::sandbox
