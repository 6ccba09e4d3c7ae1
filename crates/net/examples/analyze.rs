//! Analyses a capture and prints the report as JSON, or with `--timing`
//! only the throughput and peak memory.
//!
//! ```text
//! cargo run --release -p iotmark-net --example analyze -- [--timing] [--device IP|MAC] FILE
//! ```

use std::fs::File;
use std::io::BufReader;
use std::process::ExitCode;
use std::time::Instant;

use iotmark_net::{CaptureOptions, DeviceHint, analyze_capture};

fn main() -> ExitCode {
    let mut timing = false;
    let mut device = None;
    let mut path = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--timing" => timing = true,
            "--device" => match args.next().map(|d| d.parse::<DeviceHint>()) {
                Some(Ok(d)) => device = Some(d),
                Some(Err(e)) => {
                    eprintln!("{e}");
                    return ExitCode::FAILURE;
                }
                None => {
                    eprintln!("--device needs an IP or MAC address");
                    return ExitCode::FAILURE;
                }
            },
            _ => path = Some(arg),
        }
    }
    let Some(path) = path else {
        eprintln!("usage: analyze [--timing] [--device IP|MAC] FILE");
        return ExitCode::FAILURE;
    };
    let file = match File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let options = CaptureOptions {
        device,
        ..CaptureOptions::default()
    };
    let start = Instant::now();
    let report = match analyze_capture(&path, BufReader::with_capacity(1 << 20, file), &options) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let elapsed = start.elapsed().as_secs_f64();
    if timing {
        let mb = size as f64 / 1e6;
        println!("file:       {path}");
        println!("size:       {:.1} MB", mb);
        println!("packets:    {}", report.packets);
        println!("flows:      {}", report.flows.len());
        println!("time:       {elapsed:.2} s");
        println!("packets/s:  {:.0}", report.packets as f64 / elapsed);
        println!("MB/s:       {:.1}", mb / elapsed);
        println!(
            "peak RSS:   {}",
            peak_rss().unwrap_or_else(|| "unknown".to_owned())
        );
    } else {
        match serde_json::to_string_pretty(&report) {
            Ok(json) => println!("{json}"),
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

/// `VmHWM` from /proc/self/status (Linux).
fn peak_rss() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(format!("{:.1} MB", kb / 1024.0))
}
