#pragma once

#include <QComboBox>

namespace numdesk {

// A combo box the user can type into to find an entry by any part of its text (the matches pop
// up as a list). Typed text that names no entry goes back to the chosen one when the user leaves,
// so the box always shows a real entry.
class SearchableComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit SearchableComboBox(QWidget *parent = nullptr);

private:
    void commitTypedText();
};

} // namespace numdesk
