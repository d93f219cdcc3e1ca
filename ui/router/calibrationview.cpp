#include "calibrationview.h"

#include "calibrationchart.h"
#include "requestsource.h"
#include "requestsourcebar.h"
#include "routerformat.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

QDoubleSpinBox *percentBox(QWidget *parent, double value, const QString &name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 100);
    box->setDecimals(1);
    box->setSingleStep(1);
    box->setSuffix(QStringLiteral(" %"));
    box->setValue(value);
    box->setAccessibleName(name);
    return box;
}

} // namespace

CalibrationView::CalibrationView(RequestSource *source, std::function<ModelRouter()> router,
                                 std::function<void(const ComplexityThresholds &)> apply,
                                 Prompter *prompter, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_router(std::move(router))
    , m_applyFn(std::move(apply))
    , m_heavyOn(new QCheckBox(tr("&Heavy share"), this))
    , m_heavy(percentBox(this, 20, tr("Target heavy share")))
    , m_lightOn(new QCheckBox(tr("&Light share"), this))
    , m_light(percentBox(this, 50, tr("Target light share")))
    , m_run(new QPushButton(tr("&Calibrate"), this))
    , m_apply(new QPushButton(tr("&Apply to Policy"), this))
    , m_resultLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_chart(new CalibrationChart(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new RequestSourceBar(source, prompter, this));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Targets:"), this));
    m_heavyOn->setChecked(true);
    m_lightOn->setChecked(false);
    m_heavyOn->setToolTip(tr("Find the heavy threshold that sends this share of the requests to the heavy class"));
    m_lightOn->setToolTip(tr("Find the standard threshold that keeps this share of the requests in the light class"));
    row->addWidget(m_heavyOn);
    row->addWidget(m_heavy);
    row->addSpacing(12);
    row->addWidget(m_lightOn);
    row->addWidget(m_light);
    row->addSpacing(12);
    row->addWidget(m_run);
    row->addWidget(m_apply);
    row->addStretch(1);
    layout->addLayout(row);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_resultLabel);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(24);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_chart);
    layout->addWidget(m_stack, 1);
    m_apply->setEnabled(false);
    m_apply->setToolTip(tr("Set the policy's thresholds to the calibrated ones (undo with Ctrl+Z)"));
    m_heavy->setEnabled(m_heavyOn->isChecked());
    m_light->setEnabled(m_lightOn->isChecked());
    connect(m_heavyOn, &QCheckBox::toggled, m_heavy, &QWidget::setEnabled);
    connect(m_lightOn, &QCheckBox::toggled, m_light, &QWidget::setEnabled);
    connect(m_run, &QPushButton::clicked, this, &CalibrationView::calibrate);
    connect(m_apply, &QPushButton::clicked, this, &CalibrationView::apply);
    connect(&m_watcher, &QFutureWatcher<CalibrationResult>::finished, this, &CalibrationView::onFinished);
    connect(source, &RequestSource::loaded, this, [this] {
        m_hasResult = false;
        m_apply->setEnabled(false);
        m_resultLabel->clear();
        if (m_source->isEmpty())
            showEmpty();
        else
            calibrate();
    });
    showEmpty();
}

CalibrationView::~CalibrationView()
{
    m_watcher.waitForFinished();
}

bool CalibrationView::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void CalibrationView::showEmpty()
{
    m_empty->setText(m_source->emptyHint());
    m_stack->setCurrentWidget(m_empty);
}

std::optional<double> CalibrationView::target(const QCheckBox *on, const QDoubleSpinBox *box) const
{
    return on->isChecked() ? std::optional<double>(box->value() / 100.0) : std::nullopt;
}

bool CalibrationView::calibrate()
{
    if (m_source->isEmpty()) {
        showEmpty();
        return false;
    }
    m_heavyAsked = target(m_heavyOn, m_heavy);
    m_lightAsked = target(m_lightOn, m_light);
    if (!m_heavyAsked && !m_lightAsked) {
        m_resultLabel->setText(tr("Tick a heavy or a light share target to calibrate for."));
        return false;
    }
    if (isRunning())
        return false;
    m_run->setEnabled(false);
    m_resultLabel->setText(tr("Calibrating %1 request(s)…").arg(RouterFormat::count(m_source->input().requests.size())));
    const QList<ReplayRequest> requests = m_source->input().requests;
    m_watcher.setFuture(QtConcurrent::run(
        [requests, router = m_router(), heavy = m_heavyAsked, light = m_lightAsked] {
            return Calibration::calibrate(requests, router, heavy, light);
        }));
    return true;
}

void CalibrationView::onFinished()
{
    m_run->setEnabled(true);
    const CalibrationResult r = m_watcher.result();
    if (!r.ok()) {
        m_hasResult = false;
        m_apply->setEnabled(false);
        m_resultLabel->setText(r.cancelled ? tr("Calibration cancelled.") : r.error);
        emit finished();
        return;
    }
    m_result = r;
    m_hasResult = true;
    m_apply->setEnabled(true);
    QStringList parts;
    const QString n = RouterFormat::count(r.requests);
    if (m_heavyAsked)
        parts.append(tr("heavy threshold %1 sends %2 of %3 requests to heavy (target %4)")
                         .arg(QString::number(r.heavyThreshold, 'f', 4), RouterFormat::percent(r.heavyShare), n,
                              RouterFormat::percent(*m_heavyAsked)));
    if (m_lightAsked)
        parts.append(tr("standard threshold %1 keeps %2 light (target %3)")
                         .arg(QString::number(r.standardThreshold, 'f', 4), RouterFormat::percent(r.lightShare),
                              RouterFormat::percent(*m_lightAsked)));
    m_resultLabel->setText(tr("Calibrated: %1. Apply sets standard %2, heavy %3.")
                               .arg(parts.join(QStringLiteral("; ")), QString::number(r.standardThreshold, 'f', 4),
                                    QString::number(r.heavyThreshold, 'f', 4)));
    m_chart->setResult(r, m_heavyAsked, m_lightAsked);
    m_stack->setCurrentWidget(m_chart);
    emit finished();
}

bool CalibrationView::apply()
{
    if (!m_hasResult)
        return false;
    m_applyFn({m_result.standardThreshold, m_result.heavyThreshold});
    return true;
}
