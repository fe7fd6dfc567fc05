//! The report's SVG plots, drawn with plotters' SVG backend (text as `<text>` elements: no
//! font backend needed).

use super::model::{backend_rank, format_ns, sig3};
use crate::backend::BackendKind;
use crate::error::{Error, Result};
use std::path::PathBuf;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum PlotKind {
    /// Log-log: time (ns) versus modules.
    Latency,
    /// Log x, linear y: mappings versus modules.
    Mappings,
}

/// The plots of one report: `STEM-NAME.svg` in `dir` (beside the Markdown file `STEM.md`),
/// drawn as the sections ask and written when the whole report is ready.
pub(super) struct Plots {
    dir: PathBuf,
    stem: String,
    /// Every plot's path, in the order drawn.
    pub(super) files: Vec<PathBuf>,
    /// (path, SVG document) not yet written.
    pub(super) pending: Vec<(PathBuf, String)>,
}

impl Plots {
    pub(super) fn new(dir: PathBuf, stem: String) -> Plots {
        Plots { dir, stem, files: Vec::new(), pending: Vec::new() }
    }

    /// Draws a plot; returns its file name (relative to the Markdown file).
    pub(super) fn add(&mut self, name: &str, title: &str, kind: PlotKind, series: &[(String, Vec<(f64, f64)>)]) -> Result<String> {
        let file = format!("{}-{name}.svg", self.stem);
        let path = self.dir.join(&file);
        let svg =
            plot_svg(title, kind, series).map_err(|e| Error::io(&path, std::io::Error::other(format!("cannot draw the plot: {e}"))))?;
        self.files.push(path.clone());
        self.pending.push((path, svg));
        Ok(file)
    }
}

/// Series colours, by backend order (so a backend has the same colour in every plot).
const PALETTE: [(u8, u8, u8); 8] =
    [(31, 119, 180), (214, 39, 40), (44, 160, 44), (255, 127, 14), (148, 103, 189), (140, 86, 75), (227, 119, 194), (23, 190, 207)];

pub(super) fn series_color(backend: &str, index: usize) -> plotters::style::RGBColor {
    let (rank, _) = backend_rank(backend);
    let i = if rank < BackendKind::ALL.len() { rank } else { BackendKind::ALL.len() + index };
    let (r, g, b) = PALETTE[i % PALETTE.len()];
    plotters::style::RGBColor(r, g, b)
}

/// A label for an axis value: integers as integers, others with 3 significant digits.
fn axis_label(v: f64) -> String {
    if v >= 1.0 && (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as u64)
    } else {
        sig3(v)
    }
}

/// Draws `series` (x = modules) into an SVG document.
fn plot_svg(title: &str, kind: PlotKind, series: &[(String, Vec<(f64, f64)>)]) -> std::result::Result<String, String> {
    use plotters::prelude::*;

    let points = series.iter().flat_map(|(_, p)| p.iter().copied());
    let (mut xmin, mut xmax, mut ymin, mut ymax) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for (x, y) in points {
        xmin = xmin.min(x);
        xmax = xmax.max(x);
        ymin = ymin.min(y);
        ymax = ymax.max(y);
    }
    if xmin > xmax {
        return Err("no points to plot".into());
    }
    // Log x: pad by a factor so single sizes and the ends stay inside the frame.
    let x_range = (xmin.max(1e-3) / 1.6)..(xmax.max(1e-3) * 1.6);

    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, (860, 520)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let mut builder = ChartBuilder::on(&root);
        builder.caption(title, ("sans-serif", 20)).margin(16).x_label_area_size(48).y_label_area_size(84);
        match kind {
            PlotKind::Latency => {
                // Raw nanoseconds on the axis, each tick labelled in its own unit (`10.0 µs`).
                let lo = ymin.max(1e-3) / 2.0;
                let hi = ymax.max(1e-3) * 2.0;
                let mut chart = builder.build_cartesian_2d(x_range.log_scale(), (lo..hi).log_scale()).map_err(|e| e.to_string())?;
                let x_fmt = |v: &f64| axis_label(*v);
                let y_fmt = |v: &f64| format_ns(*v);
                chart
                    .configure_mesh()
                    .x_desc("modules in the session")
                    .y_desc("link time")
                    .x_label_formatter(&x_fmt)
                    .y_label_formatter(&y_fmt)
                    .draw()
                    .map_err(|e| e.to_string())?;
                draw_series(&mut chart, series)?;
            }
            PlotKind::Mappings => {
                let hi = if ymax > 0.0 { ymax * 1.1 } else { 1.0 };
                let lo = if ymin >= 0.0 { 0.0 } else { ymin * 1.1 };
                let mut chart = builder.build_cartesian_2d(x_range.log_scale(), lo..hi).map_err(|e| e.to_string())?;
                let x_fmt = |v: &f64| axis_label(*v);
                let y_fmt = |v: &f64| axis_label(*v);
                chart
                    .configure_mesh()
                    .x_desc("modules in the session")
                    .y_desc("process mappings")
                    .x_label_formatter(&x_fmt)
                    .y_label_formatter(&y_fmt)
                    .draw()
                    .map_err(|e| e.to_string())?;
                draw_series(&mut chart, series)?;
            }
        }
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(buf)
}

fn draw_series<'a, X, Y>(
    chart: &mut plotters::chart::ChartContext<'a, plotters::prelude::SVGBackend<'a>, plotters::coord::cartesian::Cartesian2d<X, Y>>,
    series: &[(String, Vec<(f64, f64)>)],
) -> std::result::Result<(), String>
where
    X: plotters::coord::ranged1d::Ranged<ValueType = f64>,
    Y: plotters::coord::ranged1d::Ranged<ValueType = f64>,
{
    use plotters::prelude::*;
    for (i, (name, pts)) in series.iter().enumerate() {
        let color = series_color(name, i);
        chart
            .draw_series(LineSeries::new(pts.iter().copied(), color.stroke_width(2)))
            .map_err(|e| e.to_string())?
            .label(name.as_str())
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 24, y)], color.stroke_width(2)));
        chart.draw_series(pts.iter().map(|p| Circle::new(*p, 3, color.filled()))).map_err(|e| e.to_string())?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(|e| e.to_string())?;
    Ok(())
}
