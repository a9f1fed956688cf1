#include "snapshotdiffdialog.h"

#include "apischema.h"
#include "columncatalog.h"
#include "exporttarget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace numdesk {

namespace {

constexpr int kIdsRole = Qt::UserRole + 1;      // the number ids a row stands for (QVariantList)
constexpr int kSnapshotRole = Qt::UserRole + 2; // the snapshot that holds them

QString kindText(SnapshotChange::Kind kind)
{
    switch (kind) {
    case SnapshotChange::Kind::Added:
        return SnapshotDiffDialog::tr("Added");
    case SnapshotChange::Kind::Removed:
        return SnapshotDiffDialog::tr("Removed");
    case SnapshotChange::Kind::Changed:
        break;
    }
    return SnapshotDiffDialog::tr("Changed");
}

// A value as people read it: an offer, source, pool or provider by the name the snapshot kept.
QString valueText(const QJsonValue &value, const QString &field, const SnapshotNames &names)
{
    if (value.isNull() || value.isUndefined())
        return field.isEmpty() ? QString() : SnapshotDiffDialog::tr("none");
    if (value.isDouble() && names.contains(field)) {
        const QString name = names.value(field).value(value.toInteger());
        return name.isEmpty() ? QStringLiteral("#%1").arg(value.toInteger())
                              : SnapshotDiffDialog::tr("%1 (#%2)").arg(name).arg(value.toInteger());
    }
    return SnapshotDiff::cellText(value);
}

} // namespace

SnapshotDiffDialog::SnapshotDiffDialog(const QString &storePath, QWidget *parent)
    : QDialog(parent)
    , m_storePath(storePath)
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_tree(new QTreeView(this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
{
    setWindowTitle(tr("What Changed"));
    m_from->setAccessibleName(tr("From snapshot"));
    m_to->setAccessibleName(tr("To snapshot"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setWordWrap(true);
    m_model->setHorizontalHeaderLabels(
        {tr("Number"), tr("Change"), tr("Field"), tr("Before"), tr("After")});
    m_tree->setModel(m_model);
    m_tree->setToolTip(
        tr("Double-click a change or an offer to see those numbers in the snapshot"));
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex first = index.siblingAtColumn(NumberColumn);
        const QVariantList ids = first.data(kIdsRole).toList();
        if (ids.isEmpty())
            return;
        SnapshotScope scope;
        for (const QVariant &id : ids)
            scope.numbers.insert(id.toLongLong());
        emit snapshotViewRequested(first.data(kSnapshotRole).toLongLong(), scope,
                                   first.data(Qt::DisplayRole).toString());
    });
    m_tree->setAccessibleName(tr("Changes by offer"));
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(NumberColumn, 260);
    m_tree->setColumnWidth(ChangeColumn, 90);
    m_tree->setColumnWidth(FieldColumn, 140);
    m_tree->setColumnWidth(BeforeColumn, 200);
    m_export->setAccessibleName(tr("Export CSV"));
    m_export->setAutoDefault(false);
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &SnapshotDiffDialog::exportCsv);

    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto *pick = new QHBoxLayout;
    pick->addWidget(fromLabel);
    pick->addWidget(m_from, 1);
    pick->addWidget(toLabel);
    pick->addWidget(m_to, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(1000, 600);

    SnapshotStore store;
    QString error;
    if (store.open(m_storePath, &error))
        m_snapshots = store.list();
    const QLocale locale;
    for (const SnapshotInfo &info : std::as_const(m_snapshots)) {
        //: "Snapshot 3 — 4 Dec 2026 08:16 — 900 numbers"
        QString text = tr("Snapshot %1 — %2 — %Ln number(s)", nullptr, int(info.count))
                           .arg(info.id)
                           .arg(locale.toString(info.takenAt.toLocalTime(), QLocale::ShortFormat));
        if (!info.verified)
            text += QStringLiteral(" — ") + tr("not verified");
        m_from->addItem(text, info.id);
        m_to->addItem(text, info.id);
    }
    if (m_snapshots.size() < 2) {
        m_from->setEnabled(false);
        m_to->setEnabled(false);
        m_summary->setText(error.isEmpty()
                               ? tr("There is nothing to compare yet: take another snapshot "
                                    "(Take Snapshot) once the numbers have changed.")
                               : tr("The snapshots cannot be opened: %1").arg(error));
        return;
    }
    // Default: the latest two (the list is newest first).
    m_to->setCurrentIndex(0);
    m_from->setCurrentIndex(1);
    connect(m_from, &QComboBox::currentIndexChanged, this, &SnapshotDiffDialog::startCompare);
    connect(m_to, &QComboBox::currentIndexChanged, this, &SnapshotDiffDialog::startCompare);
    connect(&m_watcher, &QFutureWatcher<Compared>::finished, this, [this] {
        m_comparing = false;
        if (m_comparePending) {
            m_comparePending = false;
            startCompare();
            return;
        }
        present(m_watcher.result());
    });
    startCompare();
}

SnapshotDiffDialog::~SnapshotDiffDialog()
{
    m_watcher.waitForFinished(); // the worker reads its own copies; let it end
}

QString SnapshotDiffDialog::summaryText() const
{
    return m_summary->text();
}

void SnapshotDiffDialog::startCompare()
{
    if (m_comparing) {
        m_comparePending = true; // the newest choice is compared once this one ends
        return;
    }
    m_comparing = true;
    m_export->setEnabled(false);
    m_summary->setText(tr("Comparing…"));
    m_watcher.setFuture(QtConcurrent::run(&SnapshotDiffDialog::compare, m_storePath,
                                          m_from->currentData().toLongLong(),
                                          m_to->currentData().toLongLong()));
}

SnapshotDiffDialog::Compared SnapshotDiffDialog::compare(const QString &path, qint64 from,
                                                         qint64 to)
{
    Compared compared;
    compared.from = from;
    compared.to = to;
    SnapshotStore store; // a connection of this thread's own
    if (!store.open(path, &compared.error))
        return compared;
    QList<PhoneNumber> fromRows;
    QList<PhoneNumber> toRows;
    if (!store.differingRows(from, to, &fromRows, &toRows)) {
        compared.error = store.lastError();
        return compared;
    }
    for (const QList<PhoneNumber> *rows : {&toRows, &fromRows}) {
        for (const PhoneNumber &number : *rows) {
            if (number.id && number.offerId && !compared.offerOf.contains(*number.id))
                compared.offerOf.insert(*number.id, *number.offerId);
        }
    }
    compared.names = store.names(to);
    const SnapshotNames older = store.names(from);
    for (auto kind = older.cbegin(); kind != older.cend(); ++kind) {
        QHash<qint64, QString> &names = compared.names[kind.key()];
        for (auto it = kind.value().cbegin(); it != kind.value().cend(); ++it) {
            if (!names.contains(it.key()))
                names.insert(it.key(), it.value());
        }
    }
    compared.changes = SnapshotDiff::compute(std::move(fromRows), std::move(toRows));
    return compared;
}

void SnapshotDiffDialog::present(const Compared &compared)
{
    m_model->removeRows(0, m_model->rowCount());
    m_changes = compared.changes;
    if (!compared.error.isEmpty()) {
        m_summary->setText(tr("The snapshots cannot be compared: %1").arg(compared.error));
        return;
    }
    const QLocale locale;
    // Groups by offer name (numbers without an offer last), each a row with its counts.
    const QString offerKey = schema::numberForeignKey(schema::LookupKind::Offers);
    QMap<QString, QList<const SnapshotChange *>> byOffer;
    QHash<QString, qint64> offerIdOf;
    for (const SnapshotChange &change : std::as_const(m_changes)) {
        const auto offer = compared.offerOf.constFind(change.id);
        QString group;
        if (offer != compared.offerOf.cend()) {
            group = valueText(QJsonValue(double(*offer)), offerKey, compared.names);
            offerIdOf.insert(group, *offer);
        }
        byOffer[group].append(&change);
    }
    QSet<qint64> numbers;
    int counts[3] = {0, 0, 0};
    for (auto it = byOffer.cbegin(); it != byOffer.cend(); ++it) {
        int groupCounts[3] = {0, 0, 0};
        auto *group = new QStandardItem;
        QSet<qint64> inGroup;
        QVariantList groupIds;
        bool onlyRemoved = true;
        for (const SnapshotChange *change : it.value()) {
            QList<QStandardItem *> row;
            const bool first = !inGroup.contains(change->id);
            inGroup.insert(change->id);
            numbers.insert(change->id);
            if (first || change->kind != SnapshotChange::Kind::Changed) {
                ++groupCounts[int(change->kind)];
                ++counts[int(change->kind)];
            }
            if (first)
                groupIds.append(change->id);
            const bool removed = change->kind == SnapshotChange::Kind::Removed;
            onlyRemoved = onlyRemoved && removed;
            auto *number =
                new QStandardItem(QStringLiteral("%1 (id %2)").arg(change->number).arg(change->id));
            number->setData(QVariantList{change->id}, kIdsRole);
            number->setData(removed ? compared.from : compared.to, kSnapshotRole);
            row << number << new QStandardItem(kindText(change->kind))
                << new QStandardItem(change->field.isEmpty() ? QString()
                                                             : columns::label(change->field))
                << new QStandardItem(valueText(change->before, change->field, compared.names))
                << new QStandardItem(valueText(change->after, change->field, compared.names));
            group->appendRow(row);
        }
        const QString name = it.key().isEmpty() ? tr("(no offer)") : it.key();
        //: "Auto Insurance (#100): 3 added, 1 removed, 2 changed"
        group->setText(tr("%1: %2 added, %3 removed, %4 changed")
                           .arg(name)
                           .arg(groupCounts[int(SnapshotChange::Kind::Added)])
                           .arg(groupCounts[int(SnapshotChange::Kind::Removed)])
                           .arg(groupCounts[int(SnapshotChange::Kind::Changed)]));
        group->setData(groupIds, kIdsRole);
        group->setData(onlyRemoved ? compared.from : compared.to, kSnapshotRole);
        QFont bold = group->font();
        bold.setBold(true);
        group->setFont(bold);
        QList<QStandardItem *> groupRow{group};
        for (int column = 1; column < ColumnCount; ++column)
            groupRow << new QStandardItem;
        m_model->appendRow(groupRow);
        m_tree->setFirstColumnSpanned(m_model->rowCount() - 1, QModelIndex(), true);
    }
    m_tree->expandAll();
    m_export->setEnabled(true);
    m_summary->setText(
        m_changes.isEmpty()
            ? tr("Nothing changed between these snapshots.")
            : tr("%1 added, %2 removed, %3 changed; %4 in all.")
                  .arg(tr("%Ln number(s)", nullptr, counts[int(SnapshotChange::Kind::Added)]),
                       locale.toString(counts[int(SnapshotChange::Kind::Removed)]),
                       locale.toString(counts[int(SnapshotChange::Kind::Changed)]),
                       tr("%Ln number(s)", nullptr, int(numbers.size()))));
}

bool SnapshotDiffDialog::exportTo(const QString &path, QString *error)
{
    ExportTarget target(path);
    if (!target.open() || !target.write(SnapshotDiff::toCsv(m_changes)) || !target.commit()) {
        if (error)
            *error = target.errorString();
        target.discard();
        return false;
    }
    return true;
}

void SnapshotDiffDialog::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export What Changed"), QStringLiteral("changes.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        m_summary->setText(tr("%n change(s) written to %1.", nullptr, int(m_changes.size()))
                               .arg(QDir::toNativeSeparators(path)));
    else
        m_summary->setText(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
}

} // namespace numdesk
