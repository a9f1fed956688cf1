#include "lookupcombo.h"

#include "lookupcache.h"

namespace numdesk {

LookupCombo::LookupCombo(LookupCache *lookups, schema::LookupKind kind, const QString &anyText,
                         QWidget *parent)
    : SearchableComboBox(parent)
    , m_lookups(lookups)
    , m_kind(kind)
    , m_anyText(anyText)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(10);
    reload();
    connect(m_lookups, &LookupCache::changed, this, [this](schema::LookupKind changed) {
        if (changed == m_kind)
            reload();
    });
    // A list this account cannot read (404, 403) is optional: say so here, quietly.
    connect(m_lookups, &LookupCache::loadFailed, this,
            [this](schema::LookupKind failed, const ApiError &error) {
                if (failed != m_kind || (error.kind != ApiError::Kind::NotFound &&
                                         error.kind != ApiError::Kind::Permission))
                    return;
                setToolTip(tr("The server does not list these for this account (%1): numbers "
                              "show their ids.")
                               .arg(error.httpStatus));
            });
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            emit selectionChanged();
    });
}

std::optional<qint64> LookupCombo::selectedId() const
{
    const QVariant id = currentData();
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

void LookupCombo::setSelectedId(std::optional<qint64> id)
{
    if (!id) {
        setCurrentIndex(0);
        return;
    }
    int index = findData(*id);
    if (index < 0) {
        // Not in the list (yet): keep it selectable under its id until the names arrive.
        m_reloading = true;
        addItem(tr("#%1").arg(*id), *id);
        m_reloading = false;
        index = count() - 1;
    }
    setCurrentIndex(index);
}

void LookupCombo::reload()
{
    const std::optional<qint64> selected = count() > 0 ? selectedId() : std::nullopt;
    m_reloading = true;
    clear();
    addItem(m_anyText);
    for (const LookupItem &item : m_lookups->items(m_kind)) {
        addItem(item.label, item.id);
        setItemData(count() - 1, tr("ID %1").arg(item.id), Qt::ToolTipRole);
    }
    m_reloading = false;
    const int before = currentIndex();
    setSelectedId(selected);
    if (currentIndex() != before && !selected)
        emit selectionChanged();
}

} // namespace numdesk
