#include "formerrors.h"

#include "apierror.h"

#include <QLabel>

namespace numdesk {

FormErrors::FormErrors(QLabel *general)
    : m_general(general)
{}

QLabel *FormErrors::makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Dark enough on a light window, light enough on a dark one.
    label->setStyleSheet(QStringLiteral("color: #d32f2f; font-weight: bold;"));
    label->hide();
    return label;
}

QLabel *FormErrors::addField(const QString &key, QWidget *parent)
{
    QLabel *label = makeErrorLabel(parent);
    label->setAccessibleName(tr("Error for %1").arg(key));
    m_fields.insert(key, label);
    return label;
}

void FormErrors::show(const ApiError &error)
{
    clear();
    QStringList general{error.message};
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        QLabel *label = m_fields.value(it.key());
        if (label) {
            label->setText(it.value().join(QLatin1Char('\n')));
            label->show();
        } else {
            for (const QString &text : it.value())
                general << (it.key() == QLatin1String("base")
                                ? text
                                : QStringLiteral("%1: %2").arg(it.key(), text));
        }
    }
    showGeneral(general.join(QLatin1Char('\n')));
}

void FormErrors::showGeneral(const QString &text)
{
    m_general->setText(text);
    m_general->setVisible(!text.isEmpty());
}

void FormErrors::clear()
{
    for (QLabel *label : std::as_const(m_fields)) {
        label->clear();
        label->hide();
    }
    showGeneral({});
}

QString FormErrors::textOf(const QString &key) const
{
    const QLabel *label = m_fields.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace numdesk
