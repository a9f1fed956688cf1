#include "numberquerybuilder.h"

#include "numberrowcodec.h"

namespace numdesk::sandbox {

NumberQueryBuilder::NumberQueryBuilder(const NumberFilter &filter)
    : m_where(QStringLiteral("deleted_at IS NULL"))
{
    if (filter.createdFrom)
        add(QStringLiteral("created_at >= ?"), *filter.createdFrom);
    if (filter.createdTo)
        add(QStringLiteral("created_at <= ?"), *filter.createdTo);
    if (filter.lastCallFrom)
        add(QStringLiteral("last_call_at >= ?"), *filter.lastCallFrom);
    if (filter.lastCallTo)
        add(QStringLiteral("last_call_at <= ?"), *filter.lastCallTo);
    if (!filter.numberDigits.isEmpty())
        add(QStringLiteral("digits = ?"), filter.numberDigits);
    if (filter.offerId)
        add(QStringLiteral("offer_id = ?"), *filter.offerId);
    if (filter.trafficSourceId)
        add(QStringLiteral("traffic_source_id = ?"), *filter.trafficSourceId);
    if (filter.providerConfigurationId)
        add(QStringLiteral("provider_configuration_id = ?"), *filter.providerConfigurationId);
    if (filter.ringPoolId)
        add(QStringLiteral("ring_pool_id = ?"), *filter.ringPoolId);
    if (!filter.fulltext.isEmpty()) {
        // instr() rather than LIKE: no wildcard escaping, and search_text is already folded.
        if (filter.fulltextDigits.isEmpty()) {
            add(QStringLiteral("instr(search_text, ?) > 0"), filter.fulltext);
        } else {
            m_where += QStringLiteral(" AND (instr(search_text, ?) > 0 OR instr(digits, ?) > 0)");
            m_bindings << filter.fulltext << filter.fulltextDigits;
        }
    }
}

void NumberQueryBuilder::add(const QString &clause, const QVariant &value)
{
    m_where += QStringLiteral(" AND ") + clause;
    m_bindings.append(value);
}

QString NumberQueryBuilder::countSql() const
{
    return QStringLiteral("SELECT COUNT(*) FROM numbers WHERE ") + m_where;
}

QString NumberQueryBuilder::pageSql() const
{
    return QStringLiteral("SELECT %1 FROM numbers WHERE id IN (SELECT id FROM numbers WHERE %2 "
                          "ORDER BY id LIMIT ? OFFSET ?) ORDER BY id")
        .arg(NumberRowCodec::columnList(), m_where);
}

} // namespace numdesk::sandbox
