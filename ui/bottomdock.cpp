#include "bottomdock.h"

#include "problemsmodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeView>

BottomDock::BottomDock(QWidget *parent)
    : QDockWidget(tr("Problems, Output, Alerts"), parent)
    , m_tabs(new QTabWidget(this))
    , m_problems(new ProblemsModel(this))
    , m_problemsView(new QTreeView(this))
    , m_output(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("bottomDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    setTitleBarWidget(new QWidget(this));
    m_problemsView->setModel(m_problems);
    m_problemsView->setRootIsDecorated(false);
    m_problemsView->setAlternatingRowColors(true);
    m_problemsView->setAccessibleName(tr("Problems"));
    m_problemsView->header()->setSectionResizeMode(ProblemsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_problemsView->header()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    m_problemsView->header()->setSectionResizeMode(ProblemsModel::PathColumn, QHeaderView::ResizeToContents);
    m_problemsView->header()->setSectionResizeMode(ProblemsModel::LocationColumn, QHeaderView::ResizeToContents);
    m_problemsView->header()->setStretchLastSection(false);
    m_output->setReadOnly(true);
    m_output->setAccessibleName(tr("Output"));
    auto *alerts = new QLabel(tr("No alerts. Budget and price-drift alerts appear here once "
                                 "runs are recorded (Dashboard and Models modes)."), this);
    alerts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    alerts->setMargin(8);
    m_tabs->addTab(m_problemsView, QString());
    m_tabs->addTab(m_output, tr("Output"));
    m_tabs->addTab(alerts, tr("Alerts (0)"));
    m_tabs->setDocumentMode(true);
    setWidget(m_tabs);

    connect(m_problemsView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit problemActivated(index.data(ProblemsModel::LineRole).toInt(),
                              index.data(ProblemsModel::ColumnRole).toInt(),
                              index.data(ProblemsModel::PathRole).toString());
    });
    connect(m_problems, &QAbstractItemModel::modelReset, this, &BottomDock::updateTitles);
    updateTitles();
}

void BottomDock::appendOutput(const QString &line)
{
    m_output->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line);
}

void BottomDock::showProblems()
{
    m_tabs->setCurrentWidget(m_problemsView);
}

void BottomDock::updateTitles()
{
    m_tabs->setTabText(m_tabs->indexOf(m_problemsView),
                       tr("Problems (%1)").arg(m_problems->rowCount()));
}
