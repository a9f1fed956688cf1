#include "searchablecombobox.h"

#include <QCompleter>
#include <QLineEdit>

namespace numdesk {

SearchableComboBox::SearchableComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &SearchableComboBox::commitTypedText);
}

void SearchableComboBox::commitTypedText()
{
    const int match = findText(currentText(), Qt::MatchFixedString);
    if (match >= 0)
        setCurrentIndex(match);
    else
        setEditText(itemText(currentIndex()));
}

} // namespace numdesk
