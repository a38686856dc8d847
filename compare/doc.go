// Package compare puts several people's reports side by side: where
// respondents, and the roles they answer from, place accountability
// differently (the "mixed signals"), where many cannot say ("Not sure"),
// what a team should talk through first (the agenda), and what changed
// between two reports of one person or role over time.
//
// The model (every word shown comes from the question set):
//
//   - Each report is scored again with the question set in use (see
//     scoring), on the questions every report can speak to: a report of
//     another version of the set leaves out the questions its version did
//     not have or whose chosen options no longer exist, for everyone.
//   - A respondent's answer to a question has the question's split (the
//     chosen option's split; for a multi question, the mean of the chosen
//     options' splits). Two answers are as far apart as the accountability
//     they place differently: the total variation distance
//     d(a, b) = ½ (|a.it − b.it| + |a.leadership − b.leadership| +
//     |a.unclear − b.unclear|), from 0 (accountability placed identically,
//     even through different options) to 1 (entirely different parties).
//   - A question's disagreement is the mean of d over all pairs of
//     respondents who placed it: D = Σ_{i<j} d(s_i, s_j) / (m(m−1)/2) for m
//     respondents. It is computed from the counts of each distinct answer,
//     c_a, as Σ_{a<b} c_a c_b d(a, b) / (m(m−1)/2), so it costs the square
//     of the number of distinct answers, not of respondents.
//   - "Not sure" answers do not count towards disagreement: "I don't know"
//     is not a view on who is accountable, and counting its split (all
//     unclear) would rank questions by how many people are unsure rather
//     than by how far apart the answers are. They are counted separately:
//     a question is a Not sure cluster when at least NotSureMin respondents
//     and at least one answer in NotSureOneIn said Not sure.
//   - A role's view of a question is the mean split of its respondents'
//     answers; the role gap is the distance between the two roles whose
//     views are farthest apart, and names who sees it differently.
//   - A question is a mixed signal when its disagreement or its role gap
//     reaches MixedAt. Mixed signals are listed largest disagreement
//     first; ties keep the set's order.
//
// Compare reads reports in parallel and keeps only a few numbers per
// respondent and question, so thousands of reports compare in well under a
// second with memory proportional to respondents × questions. Text,
// Markdown and JSON render the result; Generate writes sample reports for
// tests and benchmarks.
package compare
