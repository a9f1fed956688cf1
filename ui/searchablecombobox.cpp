#include "searchablecombobox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
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
    // Tab while the matches are popped up leaves without editingFinished (the focus goes out
    // "for the popup"): take what was typed first.
    lineEdit()->installEventFilter(this);
    completer()->popup()->installEventFilter(this);
}

bool SearchableComboBox::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab) {
            if (completer()->popup()->isVisible())
                completer()->popup()->hide();
            commitTypedText();
        }
    }
    return QComboBox::eventFilter(watched, event);
}

void SearchableComboBox::commitTypedText()
{
    const QString typed = currentText().trimmed();
    int match = findText(typed, Qt::MatchFixedString);
    // Other names of an item (a country's English name and ISO code in every language).
    for (int i = 0; match < 0 && i < count() && !typed.isEmpty(); ++i) {
        const QStringList aliases = itemData(i, AliasesRole).toStringList();
        for (const QString &alias : aliases) {
            if (alias.compare(typed, Qt::CaseInsensitive) == 0) {
                match = i;
                break;
            }
        }
    }
    if (match >= 0) {
        setCurrentIndex(match);
        setEditText(itemText(match));
        return;
    }
    setEditText(itemText(currentIndex()));
    if (!typed.isEmpty() && typed != itemText(currentIndex()))
        emit textRefused(typed);
}

} // namespace numdesk
