#pragma once

#include "phonenumber.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace numdesk {

// simdjson (On-Demand API) behind one class: reads a list page of phone numbers straight into
// PhoneNumber values, with no QJsonDocument of the page in between (the list path of export,
// table and snapshots). It reads the shapes the service sends — {"numbers": […], "metadata": {…}},
// {"phone_numbers": […]} or a bare list, records of known columns with the types the general
// decoder accepts — and declines (nullopt) everything else: a body that is no JSON, an unusual
// type, a duplicate key, an envelope key it does not know. decode::numberPage then reads the body
// with the general QJsonDocument decoder, so the result and the error texts are that decoder's by
// construction; tst_simdpagedecoder and fuzz_pagedecoder hold the two to the same answers.
// Safe to call from any thread (one parser per thread).
class SimdPageDecoder
{
public:
    struct Page
    {
        QList<PhoneNumber> numbers;
        QJsonObject metadata; // the envelope's "metadata" object; empty for a bare list
        bool enveloped = false;
    };

    static std::optional<Page> decode(const QByteArray &body);

    static constexpr quint32 kAllFields = 0xffffffffu;

    // One record, a JSON object alone (a row version a snapshot keeps), under the same rules:
    // nullopt where PhoneNumber::fromJson of a QJsonDocument must read it instead. With
    // `fields` (bits of PhoneNumber::fieldIndex) only those columns are read and the others,
    // keys that are no column included, skipped unread and unchecked: what a sort needs of a
    // record it has read whole before.
    static std::optional<PhoneNumber> decodeRecord(const QByteArray &body,
                                                   quint32 fields = kAllFields);
};

} // namespace numdesk
