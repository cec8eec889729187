#pragma once

#include <QVector>
#include <QWidget>

class QChartView;
class QBarSeries;
class QBarCategoryAxis;
class QValueAxis;

// A bar chart of a histogram with equal-width buckets (e.g. sentence lengths). Dumb: it shows the
// counts it is given and nothing else.
class HistogramChart : public QWidget {
    Q_OBJECT

public:
    explicit HistogramChart(QWidget *parent = nullptr);

    // counts[k] is the number of items in [k*bucketWidth, (k+1)*bucketWidth). unit names what is
    // counted on the x axis ("words", "tokens").
    void setHistogram(const QVector<qint64> &counts, int bucketWidth, const QString &unit);
    void clear();

    int bucketCount() const { return m_counts.size(); }
    QVector<qint64> counts() const { return m_counts; }
    // The x axis labels shown (every few bars' lower edge), left to right.
    QStringList xLabels() const;
    // The round step (1, 2, 5, 10, ...) that labels at most `most` of `bars` bars.
    static int labelStep(int bars, int most);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QChartView *m_view = nullptr;
    QVector<qint64> m_counts;
    int m_bucketWidth = 1;
    QString m_unit;
};
