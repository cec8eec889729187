#include "metricchart.h"

#include <QAreaSeries>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontMetrics>
#include <QGraphicsLineItem>
#include <QGuiApplication>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextStream>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <cstring>
#include <limits>

namespace {

// Okabe-Ito: distinguishable with the common colour-vision deficiencies.
const QColor kPalette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                           QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                           QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                           QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00)};

}  // namespace

MetricChart::MetricChart(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this)), m_empty(new QLabel(this)) {
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setRubberBand(QChartView::RectangleRubberBand);  // drag to zoom; right click zooms out
    m_view->chart()->setMargins(QMargins(2, 2, 2, 2));
    m_view->chart()->legend()->setVisible(false);
    m_empty->setAlignment(Qt::AlignCenter);
    // A long (translated) title must not widen the chart: four of them in a row overflowed a
    // 1280-pixel screen in German.
    m_empty->setWordWrap(true);
    m_empty->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);
    setMinimumSize(220, 160);
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_crosshair = new QGraphicsLineItem;
    m_crosshair->setPen(QPen(QColor(0x80, 0x80, 0x80), 1, Qt::DashLine));
    m_crosshair->setZValue(10);
    m_crosshair->hide();
    m_view->scene()->addItem(m_crosshair);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        menu.addAction(tr("Reset Zoom"), this, [this] { m_view->chart()->zoomReset(); });
        menu.addAction(tr("Export PNG…"), this, [this] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"),
                                                              m_title + QStringLiteral(".png"),
                                                              tr("PNG images (*.png)"));
            if (!path.isEmpty())
                exportPng(path);
        });
        menu.addAction(tr("Export CSV…"), this, [this] {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Export Data"), m_title + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
            if (!path.isEmpty())
                exportCsv(path);
        });
        menu.exec(m_view->mapToGlobal(position));
    });
    rebuild();
}

void MetricChart::setTitle(const QString &title) {
    m_title = title;
    fitTitle();
    m_empty->setText(tr("%1: no points yet").arg(m_title));  // the placeholder names the chart too
}

void MetricChart::fitTitle() {
    // Qt Charts elides a title wider than the chart ("Perplexity-Schranke pro Wort (Pap..." at
    // 1280 pixels in German): such a title is broken at the space nearest its middle instead.
    QString shown = m_title.toHtmlEscaped();
    const int room = width() - 24;  // the view may be hidden behind the empty placeholder, unsized
    if (QFontMetrics(m_view->chart()->titleFont()).horizontalAdvance(m_title) > room && room > 0) {
        int best = -1;
        for (int i = 0; i < m_title.size(); ++i)
            if (m_title[i] == QLatin1Char(' ') &&
                (best < 0 ||
                 std::abs(i - m_title.size() / 2) < std::abs(best - m_title.size() / 2)))
                best = i;
        if (best > 0)
            shown = m_title.left(best).toHtmlEscaped() + QStringLiteral("<br>") +
                    m_title.mid(best + 1).toHtmlEscaped();
    }
    if (m_view->chart()->title() != shown)
        m_view->chart()->setTitle(shown);
}

void MetricChart::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    fitTitle();
}

void MetricChart::setXAxisTitle(const QString &title) {
    if (title == m_xTitle)
        return;  // set at every refresh of a live page: no redraw for nothing
    m_xTitle = title;
    rebuild();
}

void MetricChart::setSeries(int index, const QString &name, const QVector<Bucket> &buckets,
                            bool smoothable) {
    if (index >= m_series.size())
        m_series.resize(index + 1);
    // A live page sets every series once a second; redrawing a chart costs tens of milliseconds
    // of the GUI thread, so an unchanged series (bit for bit: NaN equals NaN) is not redrawn.
    const Series &old = m_series[index];
    const bool unchanged =
        old.name == name && old.smoothable == smoothable && old.buckets.size() == buckets.size() &&
        (buckets.isEmpty() || std::memcmp(old.buckets.constData(), buckets.constData(),
                                          sizeof(Bucket) * std::size_t(buckets.size())) == 0);
    if (unchanged && !buckets.isEmpty())
        return;
    m_series[index] = {name, buckets, {}, smoothable};
    rebuild();
}

void MetricChart::setAllSeries(const QVector<QPair<QString, QVector<Bucket>>> &series) {
    m_series.clear();
    for (const auto &[name, buckets] : series)
        m_series.append({name, buckets, {}, true});
    rebuild();
}

void MetricChart::clear() {
    m_series.clear();
    rebuild();
}

void MetricChart::setSmoothing(double weight) {
    m_smoothing = std::clamp(weight, 0.0, 0.999);
    rebuild();
}

void MetricChart::setLogScale(bool on) {
    m_logScale = on;
    rebuild();
}

QVector<double> MetricChart::smooth(const QVector<double> &values, double weight) {
    QVector<double> out(values.size());
    double last = 0;
    int count = 0;
    bool constant = true;
    for (double value : values)
        constant = constant && (!std::isfinite(value) || !std::isfinite(values.first()) ||
                                value == values.first());
    for (int i = 0; i < values.size(); ++i) {
        const double value = values[i];
        if (!std::isfinite(value) || weight <= 0 || constant) {
            out[i] = value;  // non-finite points pass through; constant series stay exact
            continue;
        }
        last = last * weight + (1 - weight) * value;
        ++count;
        out[i] = last / (1 - std::pow(weight, count));
    }
    return out;
}

namespace {

double niceNumber(double value, bool round) {
    const double exponent = std::floor(std::log10(value));
    const double fraction = value / std::pow(10.0, exponent);
    double nice;
    if (round)
        nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
    else
        nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return nice * std::pow(10.0, exponent);
}

}  // namespace

MetricChart::Ticks MetricChart::niceTicks(double min, double max, int ticks) {
    Ticks result;
    if (!std::isfinite(min) || !std::isfinite(max))
        return result;
    if (!(max > min)) {  // one value: a unit range around it
        const double half = min == 0 ? 1.0 : std::abs(min) * 0.5;
        min -= half;
        max += half;
    }
    const double range = niceNumber(max - min, false);
    result.step = niceNumber(range / std::max(1, ticks - 1), true);
    result.low = std::floor(min / result.step) * result.step;
    result.high = std::ceil(max / result.step) * result.step;
    result.count = static_cast<int>(std::lround((result.high - result.low) / result.step)) + 1;
    result.decimals = std::max(0, static_cast<int>(-std::floor(std::log10(result.step) + 1e-9)));
    return result;
}

void MetricChart::rebuild() {
    ++m_redraws;
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->legend()->setVisible(m_series.size() > 1);
    double xMin = std::numeric_limits<double>::infinity(), xMax = -xMin;
    double yMin = xMin, yMax = -xMin;
    QVector<QAbstractSeries *> created;
    bool any = false;
    m_lines = QVector<QLineSeries *>(m_series.size(), nullptr);
    for (int s = 0; s < m_series.size(); ++s) {
        Series &series = m_series[s];
        series.smoothed.clear();
        if (series.buckets.isEmpty())
            continue;
        any = true;
        const QColor colour = kPalette[s % std::size(kPalette)];
        QVector<double> lasts;
        for (const Bucket &bucket : series.buckets)
            lasts.append(bucket.last);
        const QVector<double> smoothed = smooth(lasts, series.smoothable ? m_smoothing : 0.0);
        series.smoothed = smoothed;
        // Whole point lists at once: appending point by point costs a signal per point.
        QList<QPointF> lowerPoints, upperPoints, linePoints;
        for (int i = 0; i < series.buckets.size(); ++i) {
            const Bucket &bucket = series.buckets[i];
            const bool usable = std::isfinite(bucket.min) && std::isfinite(bucket.max) &&
                                (!m_logScale || bucket.min > 0);
            if (usable) {
                lowerPoints.append({bucket.x, bucket.min});
                upperPoints.append({bucket.x, bucket.max});
                yMin = std::min(yMin, bucket.min);
                yMax = std::max(yMax, bucket.max);
            }
            if (std::isfinite(smoothed[i]) && (!m_logScale || smoothed[i] > 0))
                linePoints.append({bucket.x, smoothed[i]});
            xMin = std::min(xMin, bucket.x);
            xMax = std::max(xMax, bucket.x);
        }
        auto *lower = new QLineSeries, *upper = new QLineSeries, *line = new QLineSeries;
        lower->replace(lowerPoints);
        upper->replace(upperPoints);
        line->replace(linePoints);
        auto *band = new QAreaSeries(upper, lower);  // the raw range, faint
        QColor faint = colour;
        faint.setAlpha(60);
        band->setBrush(faint);
        band->setPen(QPen(faint, 1));
        band->setName(series.name + tr(" (raw)"));
        line->setName(series.name);
        line->setPen(QPen(colour, 2));
        line->setPointsVisible(series.buckets.size() <=
                               kMarkerLimit);  // a 3-point curve shows its points
        chart->addSeries(band);
        chart->addSeries(line);
        m_lines[s] = line;
        const QString hoveredName = series.name;
        connect(line, &QLineSeries::hovered, this,
                [this, hoveredName](const QPointF &, bool entered) {
                    Q_EMIT seriesHovered(entered ? hoveredName : QString());
                });
        for (QLegendMarker *marker : chart->legend()->markers(band))
            marker->setVisible(false);  // the legend names runs, not their bands
        const bool hidden = m_hidden.contains(series.name);
        band->setVisible(!hidden);
        line->setVisible(!hidden);
        for (QLegendMarker *marker : chart->legend()->markers(line)) {
            marker->setVisible(
                true);  // a hidden run keeps its (dimmed) legend entry to bring it back
            if (hidden) {
                marker->setLabelBrush(QColor(0xA0, 0xA0, 0xA0));
                marker->setBrush(QColor(0xD0, 0xD0, 0xD0));
            }
            const QString name = series.name;
            connect(marker, &QLegendMarker::clicked, this, [this, name] {
                toggleSeries(name, QGuiApplication::keyboardModifiers() & Qt::ControlModifier);
                Q_EMIT hiddenSeriesChanged(m_hidden);
            });
            connect(marker, &QLegendMarker::hovered, this, [this, name](bool entered) {
                Q_EMIT seriesHovered(entered ? name : QString());
            });
        }
        created << band << line;
    }
    applyHighlight();
    m_view->setVisible(any);
    m_empty->setVisible(!any);
    m_empty->setText(tr("%1: no points yet").arg(m_title));
    if (!any)
        return;
    if (!std::isfinite(yMin)) {  // only non-finite values: an empty unit range
        yMin = 0;
        yMax = 1;
    }
    // Numbers follow the UI locale on every axis ("0,5" in German), with as many decimals as the
    // round tick step needs, so one axis never mixes formats.
    chart->setLocale(locale());
    chart->setLocalizeNumbers(true);
    auto format = [](const Ticks &ticks) {
        const double largest = std::max(std::abs(ticks.low), std::abs(ticks.high));
        if (largest >= 1e7 || ticks.decimals > 6)
            return QStringLiteral("%.2e");
        return QStringLiteral("%.") + QString::number(ticks.decimals) + QStringLiteral("f");
    };
    auto *xAxis = new QValueAxis;
    const Ticks xTicks = niceTicks(xMin, xMax, 6);
    xAxis->setRange(xTicks.low, xTicks.high);
    xAxis->setTickCount(xTicks.count);
    xAxis->setTitleText(m_xTitle);
    xAxis->setLabelFormat(format(xTicks));
    chart->addAxis(xAxis, Qt::AlignBottom);
    QAbstractAxis *yAxis;
    if (m_logScale) {
        // Whole decades, each labelled.
        auto *log = new QLogValueAxis;
        const double low = std::pow(10.0, std::floor(std::log10(std::max(yMin, 1e-300))));
        double high = std::pow(10.0, std::ceil(std::log10(std::max(yMax, 1e-300))));
        if (!(high > low))
            high = low * 10;
        log->setBase(10);
        log->setRange(low, high);
        log->setMinorTickCount(8);
        log->setLabelFormat(QStringLiteral("%g"));
        yAxis = log;
    } else {
        auto *linear = new QValueAxis;
        Ticks yTicks = niceTicks(yMin, yMax, 5);
        if (yMin >= 0 && yTicks.low < 0)  // a non-negative metric never gets a negative range
            yTicks = niceTicks(0, yMax > 0 ? yMax : 1, 5);
        linear->setRange(yTicks.low, yTicks.high);
        linear->setTickCount(yTicks.count);
        linear->setLabelFormat(format(yTicks));
        yAxis = linear;
    }
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : created) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
}

void MetricChart::toggleSeries(const QString &name, bool isolate) {
    if (isolate) {
        QStringList others;
        for (const Series &series : m_series)
            if (series.name != name)
                others.append(series.name);
        // Isolating the one already alone shows everything again.
        m_hidden = (m_hidden == others) ? QStringList() : others;
    } else if (m_hidden.contains(name)) {
        m_hidden.removeAll(name);
    } else {
        m_hidden.append(name);
    }
    rebuild();
}

void MetricChart::setHiddenSeries(const QStringList &names) {
    if (names == m_hidden)
        return;
    m_hidden = names;
    rebuild();
}

void MetricChart::setHighlighted(const QString &name) {
    if (name == m_highlighted)
        return;
    m_highlighted = name;
    applyHighlight();
}

void MetricChart::applyHighlight() {
    const bool known = std::any_of(m_series.begin(), m_series.end(), [this](const Series &series) {
        return series.name == m_highlighted;
    });
    for (int s = 0; s < m_lines.size(); ++s) {
        if (!m_lines[s])
            continue;
        QColor colour = kPalette[s % std::size(kPalette)];
        const bool highlighted = known && m_series[s].name == m_highlighted;
        if (known && !highlighted)
            colour.setAlpha(70);  // the others step back
        m_lines[s]->setPen(QPen(colour, highlighted ? 3.5 : 2));
    }
}

int MetricChart::linePenWidth(int index) const {
    return index >= 0 && index < m_lines.size() && m_lines[index]
               ? qRound(m_lines[index]->pen().widthF())
               : 0;
}

QString MetricChart::hoverText(double x) const {
    const QLocale here = locale();
    auto format = [&](double value) {
        return std::isfinite(value) ? here.toString(value, 'g', 5) : QStringLiteral("—");
    };
    QStringList lines;
    for (const Series &series : m_series) {
        if (series.buckets.isEmpty() || m_hidden.contains(series.name))
            continue;
        int nearest = 0;
        for (int i = 1; i < series.buckets.size(); ++i)
            if (std::abs(series.buckets[i].x - x) < std::abs(series.buckets[nearest].x - x))
                nearest = i;
        const Bucket &bucket = series.buckets[nearest];
        QString line = tr("%1 at %2: %3")
                           .arg(series.name.isEmpty() ? m_title : series.name, format(bucket.x),
                                format(bucket.last));
        if (nearest < series.smoothed.size() && series.smoothed[nearest] != bucket.last)
            line += tr(" (smoothed %1)").arg(format(series.smoothed[nearest]));
        if (bucket.min != bucket.max)
            line += tr(", range %1 to %2").arg(format(bucket.min), format(bucket.max));
        lines.append(line);
    }
    if (lines.isEmpty())
        return {};
    return (m_xTitle.isEmpty()
                ? QString()
                : m_xTitle + QStringLiteral(" ") + format(x) + QStringLiteral("\n")) +
           lines.join('\n');
}

void MetricChart::hover(const QPointF &position) {
    QChart *chart = m_view->chart();
    const QRectF plot = chart->plotArea();
    const QPointF scenePosition = m_view->mapToScene(position.toPoint());
    const QPointF inChart = chart->mapFromScene(scenePosition);
    if (chart->series().isEmpty() || !plot.contains(inChart)) {
        m_crosshair->hide();
        m_lastHover.clear();
        QToolTip::hideText();
        return;
    }
    const double x = chart->mapToValue(inChart, chart->series().first()).x();
    m_lastHover = hoverText(x);
    const QPointF top = chart->mapToScene(QPointF(inChart.x(), plot.top()));
    const QPointF bottom = chart->mapToScene(QPointF(inChart.x(), plot.bottom()));
    m_crosshair->setLine(QLineF(top, bottom));
    m_crosshair->show();
    QToolTip::showText(m_view->viewport()->mapToGlobal(position.toPoint()), m_lastHover, m_view);
}

bool MetricChart::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseMove)
            hover(static_cast<QMouseEvent *>(event)->position());
        else if (event->type() == QEvent::Leave)
            hover(QPointF(-1, -1));
    }
    return QWidget::eventFilter(watched, event);
}

bool MetricChart::exportPng(const QString &path) {
    return m_view->grab().save(path, "PNG");
}

QByteArray MetricChart::renderPng() {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    return m_view->grab().save(&buffer, "PNG") ? bytes : QByteArray();
}

QByteArray MetricChart::renderSvg(const QString &title) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(m_view->size());
    generator.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    generator.setTitle(title.isEmpty() ? m_title : title);
    QPainter painter(&generator);
    m_view->render(&painter);
    painter.end();
    return bytes;
}

bool MetricChart::exportCsv(const QString &path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&file);
    out << "series,x,min,max,last\n";
    for (const Series &series : m_series)
        for (const Bucket &bucket : series.buckets)
            out << '"' << QString(series.name).replace('"', "\"\"") << "\"," << bucket.x << ','
                << bucket.min << ',' << bucket.max << ',' << bucket.last << '\n';
    out.flush();
    return file.commit();
}

void MetricChart::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        rebuild();
    QWidget::changeEvent(event);
}
