#pragma once

#include "apischema.h"

#include "searchablecombobox.h"

#include <optional>

namespace numdesk {

class LookupCache;

// A searchable picker over one lookup list (offers, traffic sources, pools, providers): type to
// filter by any part of the name; the first entry is "Any" (or "None" where that is meant).
class LookupCombo : public SearchableComboBox
{
    Q_OBJECT

public:
    LookupCombo(LookupCache *lookups, schema::LookupKind kind, const QString &anyText,
                QWidget *parent = nullptr);

    std::optional<qint64> selectedId() const;
    void setSelectedId(std::optional<qint64> id);
    schema::LookupKind kind() const { return m_kind; }

signals:
    void selectionChanged();

private:
    void reload();

    LookupCache *m_lookups;
    schema::LookupKind m_kind;
    QString m_anyText;
    bool m_reloading = false;
};

} // namespace numdesk
