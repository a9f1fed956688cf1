#pragma once

#include <QComboBox>

namespace numdesk {

// A combo box the user can type into to find an entry by any part of its text (the matches pop
// up as a list). Typed text that names no entry goes back to the chosen one when the user leaves,
// so the box always shows a real entry, and textRefused says what was not found. An item may
// have other names (AliasesRole, a QStringList) that find it too.
class SearchableComboBox : public QComboBox
{
    Q_OBJECT

public:
    static constexpr int AliasesRole = Qt::UserRole + 100;

    explicit SearchableComboBox(QWidget *parent = nullptr);

signals:
    void textRefused(const QString &typed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commitTypedText();
};

} // namespace numdesk
