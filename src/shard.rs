//! `--shard I/N`: a deterministic split of a run's work items.
//!
//! Every command that shards (`corpus`, `matrix`, `bench`, `numba test`) first lists its work
//! items by a key that names each one (a unit, a test, a session size), sorts the keys, and
//! keeps the items whose position in that order is `I - 1` modulo `N`. The same list on any
//! machine gives the same split, the shards of one run are disjoint and together they are the
//! whole list; a shard records the whole list (its plan) so that `jitharness merge` can check
//! exactly that.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Shard `index` of `count` (1-based, as written on the command line).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

impl Shard {
    /// The whole run as one shard.
    pub const WHOLE: Shard = Shard { index: 1, count: 1 };

    /// Whether the item at `position` of the sorted plan belongs to this shard.
    pub fn holds(self, position: usize) -> bool {
        position % self.count as usize == (self.index - 1) as usize
    }

    /// The keys of `plan` (sorted and deduplicated first) that belong to this shard.
    pub fn select(self, plan: &[String]) -> Vec<String> {
        sorted_plan(plan).into_iter().enumerate().filter(|(i, _)| self.holds(*i)).map(|(_, k)| k).collect()
    }
}

/// `plan` sorted, without repeats: the order shard positions count in.
pub fn sorted_plan(plan: &[String]) -> Vec<String> {
    let mut v = plan.to_vec();
    v.sort();
    v.dedup();
    v
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl std::str::FromStr for Shard {
    type Err = Error;
    fn from_str(s: &str) -> Result<Shard> {
        let bad = |why: &str| Error::Usage(format!("--shard `{s}`: {why} (write I/N, 1 <= I <= N, e.g. 2/4)"));
        let (i, n) = s.split_once('/').ok_or_else(|| bad("no `/`"))?;
        let index: u32 = i.trim().parse().map_err(|_| bad("I is not a number"))?;
        let count: u32 = n.trim().parse().map_err(|_| bad("N is not a number"))?;
        if count == 0 || index == 0 || index > count {
            return Err(bad("out of range"));
        }
        Ok(Shard { index, count })
    }
}

/// Keeps the items of `items` whose keys fall in `shard` (all of them without a shard).
pub fn filter<T>(items: Vec<T>, shard: Option<Shard>, key: impl Fn(&T) -> String) -> Vec<T> {
    let Some(shard) = shard else { return items };
    let keys: Vec<String> = items.iter().map(&key).collect();
    let mine: std::collections::BTreeSet<String> = shard.select(&keys).into_iter().collect();
    items.into_iter().filter(|t| mine.contains(&key(t))).collect()
}

/// One part of a sharded run, as `jitharness merge` sees it: where it came from, its shard
/// (`None`: the whole run) and the run's plan.
pub struct Part<'a> {
    pub file: &'a std::path::Path,
    pub shard: Option<Shard>,
    pub plan: &'a [String],
}

/// Checks that `parts` are the shards of one run, each once, all of them.
///
/// # Errors
/// [`Error::Merge`] naming the files for a part of another run (a different plan or shard
/// count) or an overlap (the same shard twice, or a whole run with a shard), and the missing
/// shards with the items they would hold.
pub fn check_parts(parts: &[Part<'_>]) -> Result<()> {
    let Some(first) = parts.first() else { return Err(Error::Merge("nothing to merge".into())) };
    let plan = sorted_plan(first.plan);
    let count = first.shard.unwrap_or(Shard::WHOLE).count;
    let mut seen: std::collections::BTreeMap<u32, &std::path::Path> = std::collections::BTreeMap::new();
    for p in parts {
        let shard = p.shard.unwrap_or(Shard::WHOLE);
        if sorted_plan(p.plan) != plan {
            return Err(Error::Merge(format!(
                "{} is from another run than {}: their plans differ",
                p.file.display(),
                first.file.display()
            )));
        }
        if shard.count != count {
            return Err(Error::Merge(format!(
                "{} is shard {shard} and {} is of {count} shards: the same run split two ways overlaps",
                p.file.display(),
                first.file.display()
            )));
        }
        if let Some(other) = seen.insert(shard.index, p.file) {
            return Err(Error::Merge(format!("{} overlaps {}: both are shard {shard}", p.file.display(), other.display())));
        }
    }
    let missing: Vec<String> = (1..=count)
        .filter(|i| !seen.contains_key(i))
        .map(|index| {
            let s = Shard { index, count };
            let items = s.select(&plan);
            format!("shard {s} is missing ({} items{})", items.len(), items.first().map(|k| format!(", e.g. {k}")).unwrap_or_default())
        })
        .collect();
    if !missing.is_empty() {
        return Err(Error::Merge(missing.join("; ")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_are_disjoint_and_cover_the_plan() {
        let plan: Vec<String> = (0..23).map(|i| format!("unit{i:02}")).rev().collect();
        for n in 1..=5 {
            let mut all: Vec<String> = Vec::new();
            for i in 1..=n {
                let part = Shard { index: i, count: n }.select(&plan);
                assert!(part.iter().all(|k| !all.contains(k)), "shard {i}/{n} overlaps an earlier one");
                all.extend(part);
            }
            all.sort();
            assert_eq!(all, sorted_plan(&plan), "the shards of {n} are not the whole plan");
        }
    }

    #[test]
    fn parse_refuses_what_is_not_a_shard() {
        assert_eq!("2/4".parse::<Shard>().unwrap(), Shard { index: 2, count: 4 });
        for bad in ["0/3", "4/3", "1/0", "3", "a/b", ""] {
            let e = bad.parse::<Shard>().unwrap_err().to_string();
            assert!(e.contains("--shard"), "{bad}: {e}");
        }
    }

    #[test]
    fn parts_must_be_one_run_each_shard_once() {
        let plan: Vec<String> = ["a", "b", "c", "d", "e"].iter().map(|s| s.to_string()).collect();
        let other: Vec<String> = vec!["a".into()];
        let f = |n: &'static str| std::path::Path::new(n);
        let part = |file: &'static str, i: u32, n: u32| Part { file: f(file), shard: Some(Shard { index: i, count: n }), plan: &plan };
        assert!(check_parts(&[part("1", 1, 2), part("2", 2, 2)]).is_ok());
        assert!(check_parts(&[Part { file: f("w"), shard: None, plan: &plan }]).is_ok());
        let e = check_parts(&[part("1", 1, 3), part("3", 3, 3)]).unwrap_err().to_string();
        assert!(e.contains("shard 2/3 is missing (2 items, e.g. b)"), "{e}");
        let e = check_parts(&[part("1", 1, 2), part("1b", 1, 2), part("2", 2, 2)]).unwrap_err().to_string();
        assert!(e.contains("1b overlaps 1: both are shard 1/2"), "{e}");
        let e = check_parts(&[part("1", 1, 2), part("x", 2, 3)]).unwrap_err().to_string();
        assert!(e.contains("split two ways"), "{e}");
        let e = check_parts(&[part("1", 1, 2), Part { file: f("o"), shard: Some(Shard { index: 2, count: 2 }), plan: &other }])
            .unwrap_err()
            .to_string();
        assert!(e.contains("o is from another run than 1"), "{e}");
    }

    #[test]
    fn filter_keeps_a_shards_items_in_their_order() {
        let items = vec!["c", "a", "b", "d"];
        let first = filter(items.clone(), Some(Shard { index: 1, count: 2 }), |s| s.to_string());
        assert_eq!(first, vec!["c", "a"]);
        assert_eq!(filter(items.clone(), None, |s| s.to_string()), items);
    }
}
