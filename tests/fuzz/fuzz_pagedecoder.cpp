// A list page as any server might send it, read by both page decoders: the simdjson path of
// decode::numberPage (SimdPageDecoder) and the general QJsonDocument decoder
// (decode::numberPageGeneral) must give the same records, the same metadata, or the same error.
// The same input read as one record (SimdPageDecoder::decodeRecord, how a snapshot's records are
// read) is either declined or read as PhoneNumber::fromJson reads it.
#include "fuzzsupport.h"
#include "responsedecoder.h"
#include "simdpagedecoder.h"

#include <QJsonDocument>

using namespace numdesk;
using numdesk::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const std::optional<PhoneNumber> record = SimdPageDecoder::decodeRecord(body)) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        check(error.error == QJsonParseError::NoError && document.isObject(),
              "a record simdjson read is a JSON object to Qt too",
              QString::fromLatin1(body.left(200).toHex()));
        const std::optional<PhoneNumber> general = PhoneNumber::fromJson(document.object());
        check(general && *general == *record && general->toJson() == record->toJson(),
              "the same record alone", QString::fromLatin1(body.left(200).toHex()));
    }
    const Result<NumberPage> fast = decode::numberPage(body);
    const Result<NumberPage> general = decode::numberPageGeneral(body);
    check(fast.ok() == general.ok(), "both decoders decode, or both refuse",
          QString::fromLatin1(body.left(200).toHex()));
    if (!fast.ok()) {
        check(fast.error().message == general.error().message, "the same error text",
              fast.error().message + QStringLiteral(" / ") + general.error().message);
        return 0;
    }
    check(fast.value().meta == general.value().meta, "the same metadata");
    check(fast.value().numbers.size() == general.value().numbers.size(), "as many records");
    for (qsizetype i = 0; i < fast.value().numbers.size(); ++i) {
        const PhoneNumber &a = fast.value().numbers[i];
        const PhoneNumber &b = general.value().numbers[i];
        // toJson tells a null text from an empty one; operator== compares the rest.
        check(a == b && a.toJson() == b.toJson(), "the same record",
              QString::fromUtf8(QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact)) +
                  QStringLiteral(" / ") +
                  QString::fromUtf8(QJsonDocument(b.toJson()).toJson(QJsonDocument::Compact)));
    }
    return 0;
}
