#include "columncatalog.h"

#include "apischema.h"

#include <QCoreApplication>

namespace numdesk::columns {

namespace {

struct Entry
{
    const char *key;
    Kind kind;
    const char *label;
};

// QT_TRANSLATE_NOOP keeps the labels visible to lupdate; label() translates them.
const Entry entries[] = {
    {"id", Kind::Integer, QT_TRANSLATE_NOOP("numdesk::columns", "ID")},
    {"name", Kind::Text, QT_TRANSLATE_NOOP("numdesk::columns", "Name")},
    {"number", Kind::Number, QT_TRANSLATE_NOOP("numdesk::columns", "Number")},
    {"offer_id", Kind::Reference, QT_TRANSLATE_NOOP("numdesk::columns", "Offer")},
    {"traffic_source_id", Kind::Reference, QT_TRANSLATE_NOOP("numdesk::columns", "Traffic Source")},
    {"provider_configuration_id", Kind::Reference,
     QT_TRANSLATE_NOOP("numdesk::columns", "Provider")},
    {"ring_pool_id", Kind::Reference, QT_TRANSLATE_NOOP("numdesk::columns", "Number Pool")},
    {"provider_auth_key", Kind::Text, QT_TRANSLATE_NOOP("numdesk::columns", "Provider Key")},
    {"last_call_at", Kind::Timestamp, QT_TRANSLATE_NOOP("numdesk::columns", "Last Call")},
    {"token_values", Kind::Tokens, QT_TRANSLATE_NOOP("numdesk::columns", "Token Values")},
    {"country", Kind::Country, QT_TRANSLATE_NOOP("numdesk::columns", "Country")},
    {"area_code_id", Kind::Integer, QT_TRANSLATE_NOOP("numdesk::columns", "Area Code ID")},
    {"optimizer_displayed_at", Kind::Timestamp,
     QT_TRANSLATE_NOOP("numdesk::columns", "Optimizer Displayed")},
    {"optimizer_tokens_changed_at", Kind::Timestamp,
     QT_TRANSLATE_NOOP("numdesk::columns", "Optimizer Tokens Changed")},
    {"created_at", Kind::Timestamp, QT_TRANSLATE_NOOP("numdesk::columns", "Created")},
    {"plain_number", Kind::Number, QT_TRANSLATE_NOOP("numdesk::columns", "Plain Number")},
    {"extension", Kind::Text, QT_TRANSLATE_NOOP("numdesk::columns", "Extension")},
    {"checksum", Kind::Text, QT_TRANSLATE_NOOP("numdesk::columns", "Checksum")},
    {"human_number", Kind::Text, QT_TRANSLATE_NOOP("numdesk::columns", "Human Number")},
    {"legacy_id", Kind::Integer, QT_TRANSLATE_NOOP("numdesk::columns", "Legacy ID")},
    {"type", Kind::Text, QT_TRANSLATE_NOOP("numdesk::columns", "Type")},
    {"uuid", Kind::Text, QT_TRANSLATE_NOOP("numdesk::columns", "UUID")},
    {"updated_at", Kind::Timestamp, QT_TRANSLATE_NOOP("numdesk::columns", "Updated")},
    {"deleted_at", Kind::Timestamp, QT_TRANSLATE_NOOP("numdesk::columns", "Deleted")},
    {"user_updated_at", Kind::Timestamp, QT_TRANSLATE_NOOP("numdesk::columns", "User Updated")},
    {"external_record_id", Kind::Text, QT_TRANSLATE_NOOP("numdesk::columns", "External Record ID")},
    {"description", Kind::Text, QT_TRANSLATE_NOOP("numdesk::columns", "Description")},
};

const Entry *find(const QString &key)
{
    for (const Entry &entry : entries) {
        if (key == QLatin1String(entry.key))
            return &entry;
    }
    return nullptr;
}

} // namespace

Kind kind(const QString &key)
{
    const Entry *entry = find(key);
    return entry ? entry->kind : Kind::Text;
}

QString label(const QString &key)
{
    const Entry *entry = find(key);
    return entry ? QCoreApplication::translate("numdesk::columns", entry->label) : key;
}

QStringList defaultVisible()
{
    return {QStringLiteral("number"),
            QStringLiteral("name"),
            QStringLiteral("country"),
            QStringLiteral("offer_id"),
            QStringLiteral("traffic_source_id"),
            QStringLiteral("ring_pool_id"),
            QStringLiteral("provider_configuration_id"),
            QStringLiteral("created_at"),
            QStringLiteral("last_call_at")};
}

QStringList all()
{
    return schema::allColumns();
}

bool isKnown(const QString &key)
{
    return find(key) != nullptr;
}

} // namespace numdesk::columns
