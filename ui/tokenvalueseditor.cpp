#include "tokenvalueseditor.h"

#include "formerrors.h"
#include "tokenvalue.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

namespace numdesk {

TokenValuesEditor::TokenValuesEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_error(FormErrors::makeErrorLabel(this))
    , m_clear(new QPushButton(tr("C&lear All"), this))
{
    m_edit->setAccessibleName(tr("Token values"));
    m_edit->setPlaceholderText(tr("interest:auto\nloan_amount:>=10000"));
    m_edit->setTabChangesFocus(true);
    m_edit->setToolTip(tr("One key:value per line. Keys use a-z, 0-9 and _; a value may start "
                          "with !=, >=, <=, > or <."));
    const int lineHeight = m_edit->fontMetrics().lineSpacing();
    m_edit->setFixedHeight(lineHeight * 4 + 12);
    m_clear->setAccessibleName(tr("Clear all token values"));
    m_clear->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_clear, 0, Qt::AlignTop);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        validate();
        emit changed();
    });
    connect(m_clear, &QPushButton::clicked, m_edit, &QPlainTextEdit::clear);
}

QStringList TokenValuesEditor::entries() const
{
    QStringList list;
    const QStringList lines = m_edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString entry = line.trimmed();
        if (!entry.isEmpty())
            list.append(entry);
    }
    return list;
}

void TokenValuesEditor::setEntries(const QStringList &entries)
{
    m_edit->setPlainText(entries.join(QLatin1Char('\n')));
}

QString TokenValuesEditor::errorText() const
{
    return m_error->isVisible() || !m_valid ? m_error->text() : QString();
}

void TokenValuesEditor::setServerError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void TokenValuesEditor::validate()
{
    m_valid = true;
    QList<QTextEdit::ExtraSelection> marks;
    for (QTextBlock block = m_edit->document()->begin(); block.isValid(); block = block.next()) {
        const QString entry = block.text().trimmed();
        if (entry.isEmpty())
            continue;
        QString reason;
        if (TokenValue::parse(entry, &reason))
            continue;
        m_valid = false;
        //: "Line 2, 'Geo:800': the key may only contain a-z, 0-9 and _ (found 'G')"
        m_error->setText(tr("Line %1, '%2': %3").arg(block.blockNumber() + 1).arg(entry, reason));
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        mark.format.setBackground(QColor(0xc6, 0x28, 0x28, 40));
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
        marks.append(mark);
        break;
    }
    m_edit->setExtraSelections(marks);
    m_error->setVisible(!m_valid);
    if (m_valid)
        m_error->clear();
}

} // namespace numdesk
