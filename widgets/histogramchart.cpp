#include "histogramchart.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

HistogramChart::HistogramChart(QWidget *parent) : QWidget(parent), m_view(new QChartView(this)) {
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->chart()->legend()->hide();
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(180);
    retranslate();
}

void HistogramChart::setHistogram(const QVector<qint64> &counts, int bucketWidth,
                                  const QString &unit) {
    m_counts = counts;
    m_bucketWidth = std::max(1, bucketWidth);
    m_unit = unit;

    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    if (m_counts.isEmpty()) {
        retranslate();
        return;
    }

    auto *set = new QBarSet(unit);
    set->setColor(QColor(0x00, 0x72, 0xB2));  // Okabe-Ito blue: readable for colour-blind users
    qint64 peak = 0;
    for (int k = 0; k < m_counts.size(); ++k) {
        *set << static_cast<qreal>(m_counts[k]);
        peak = std::max(peak, m_counts[k]);
    }
    auto *series = new QBarSeries;
    series->setBarWidth(0.95);
    series->append(set);
    chart->addSeries(series);

    // Bar k stands at x = k. A label (the bucket's lower edge) on every bar was elided to "..."
    // with thirty-odd bars at 1280 pixels: one on every `every`-th bar, a round step, instead.
    auto *xAxis = new QCategoryAxis;
    xAxis->setRange(-0.5, m_counts.size() - 0.5);
    xAxis->setStartValue(-0.5);
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int every = labelStep(static_cast<int>(m_counts.size()), 10);
    for (int k = 0; k < m_counts.size(); k += every)
        xAxis->append(locale().toString(k * m_bucketWidth), k);
    xAxis->setGridLineVisible(false);
    QFont labelFont = xAxis->labelsFont();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.8);
    xAxis->setLabelsFont(labelFont);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, static_cast<qreal>(std::max<qint64>(peak, 1)));
    if (peak < 5)
        yAxis->setTickCount(static_cast<int>(std::max<qint64>(peak, 1)) + 1);  // whole numbers only
    else
        yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->setLocalizeNumbers(true);  // "15.000" in German, as every other chart
    chart->setLocale(locale());
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    retranslate();
}

int HistogramChart::labelStep(int bars, int most) {
    for (int step : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000})
        if ((bars + step - 1) / step <= most)
            return step;
    return (bars + most - 1) / most;
}

QStringList HistogramChart::xLabels() const {
    const auto horizontal = m_view->chart()->axes(Qt::Horizontal);
    auto *axis =
        horizontal.isEmpty()
            ? nullptr
            : qobject_cast<QCategoryAxis *>(horizontal.first());  // categoriesLabels() is not const
    return axis ? axis->categoriesLabels() : QStringList();
}

void HistogramChart::clear() {
    setHistogram({}, 1, QString());
}

void HistogramChart::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::LocaleChange && !m_counts.isEmpty())
        setHistogram(QVector<qint64>(m_counts), m_bucketWidth, m_unit);
    QWidget::changeEvent(event);
}

void HistogramChart::retranslate() {
    QChart *chart = m_view->chart();
    chart->setTitle(m_counts.isEmpty() ? tr("No data")
                                       : tr("Length (%1) per sentence").arg(m_unit));
    const auto horizontal = chart->axes(Qt::Horizontal);
    if (!horizontal.isEmpty())
        horizontal.first()->setTitleText(
            m_bucketWidth == 1
                ? m_unit
                : tr("%1 (buckets of %2, lower edge shown)").arg(m_unit).arg(m_bucketWidth));
    const auto vertical = chart->axes(Qt::Vertical);
    if (!vertical.isEmpty())
        vertical.first()->setTitleText(tr("sentences"));
}
