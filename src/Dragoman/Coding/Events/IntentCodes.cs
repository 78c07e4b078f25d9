using Dragoman.Documents;

namespace Dragoman.Coding.Events;

/// <summary>
/// CAMEO codes stated intentions and threats apart from acts: "will support", "agreed to meet" are
/// 03x (express intent to cooperate), "will attack", "threatened to impose sanctions" are 13x
/// (threaten). This maps the code of the act to the code of its announcement.
/// </summary>
internal static class IntentCodes
{
    /// <summary>The code for announcing <paramref name="code"/> with the given modality, or the code itself.</summary>
    public static string For(string code, Modality modality)
    {
        if (code.Length < 2)
        {
            return code;
        }
        var root = code[..2];
        if (modality == Modality.Intended)
        {
            return root switch
            {
                "04" => code.StartsWith("045", StringComparison.Ordinal) ? "039" : "036",
                "05" => "032",
                "06" => code switch
                {
                    var c when c.StartsWith("061", StringComparison.Ordinal) => "0311",
                    var c when c.StartsWith("062", StringComparison.Ordinal) => "0312",
                    var c when c.StartsWith("063", StringComparison.Ordinal) => "0313",
                    var c when c.StartsWith("064", StringComparison.Ordinal) => "0314",
                    _ => "031",
                },
                "07" => code switch
                {
                    var c when c.StartsWith("071", StringComparison.Ordinal) => "0331",
                    var c when c.StartsWith("072", StringComparison.Ordinal) => "0332",
                    var c when c.StartsWith("073", StringComparison.Ordinal) => "0333",
                    var c when c.StartsWith("074", StringComparison.Ordinal) => "0334",
                    _ => "033",
                },
                "08" => code switch
                {
                    var c when c.StartsWith("081", StringComparison.Ordinal) => "0351",
                    var c when c.StartsWith("082", StringComparison.Ordinal) => "0352",
                    var c when c.StartsWith("083", StringComparison.Ordinal) => "034",
                    var c when c.StartsWith("084", StringComparison.Ordinal) => "0353",
                    var c when c.StartsWith("085", StringComparison.Ordinal) => "0354",
                    var c when c.StartsWith("086", StringComparison.Ordinal) => "0355",
                    var c when c.StartsWith("087", StringComparison.Ordinal) => "0356",
                    _ => "035",
                },
                "14" or "15" or "16" or "17" or "18" or "19" or "20" => Threat(code),
                _ => code,
            };
        }
        if (modality == Modality.Threatened)
        {
            return root is "03" or "04" or "05" or "06" or "07" or "08" or "09" or "01" or "02" ? code : Threat(code);
        }
        return code;
    }

    /// <summary>
    /// The code for refusing an act ("refused to release", "will not negotiate"): CAMEO 12x,
    /// by the kind of act refused.
    /// </summary>
    public static string Refusal(string code) => code switch
    {
        "010" => "011", // "would not comment", "refused to say": declining comment
        var c when c.StartsWith("045", StringComparison.Ordinal) => "126",
        var c when c.StartsWith("04", StringComparison.Ordinal) => "125",
        var c when c.StartsWith("057", StringComparison.Ordinal) => "127",
        var c when c.StartsWith("061", StringComparison.Ordinal) => "1211",
        var c when c.StartsWith("062", StringComparison.Ordinal) => "1212",
        var c when c.StartsWith("063", StringComparison.Ordinal) => "1213",
        var c when c.StartsWith("06", StringComparison.Ordinal) => "121",
        var c when c.StartsWith("071", StringComparison.Ordinal) => "1221",
        var c when c.StartsWith("072", StringComparison.Ordinal) => "1222",
        var c when c.StartsWith("073", StringComparison.Ordinal) => "1223",
        var c when c.StartsWith("074", StringComparison.Ordinal) => "1224",
        var c when c.StartsWith("07", StringComparison.Ordinal) => "122",
        var c when c.StartsWith("081", StringComparison.Ordinal) => "1241",
        var c when c.StartsWith("082", StringComparison.Ordinal) => "1242",
        var c when c.StartsWith("083", StringComparison.Ordinal) => "123",
        var c when c.StartsWith("084", StringComparison.Ordinal) => "1243",
        var c when c.StartsWith("085", StringComparison.Ordinal) => "1244",
        var c when c.StartsWith("086", StringComparison.Ordinal) => "1245",
        var c when c.StartsWith("087", StringComparison.Ordinal) => "1246",
        var c when c.StartsWith("08", StringComparison.Ordinal) => "124",
        var c when c.StartsWith("12", StringComparison.Ordinal) => c,
        _ => "120",
    };

    /// <summary>
    /// The code for demanding an act of someone ("X said Y must withdraw"): CAMEO 10x, by the kind
    /// of act demanded.
    /// </summary>
    public static string Demand(string code) => code switch
    {
        var c when c.StartsWith("045", StringComparison.Ordinal) => "108",
        var c when c.StartsWith("04", StringComparison.Ordinal) => "106",
        var c when c.StartsWith("05", StringComparison.Ordinal) || c.StartsWith("03", StringComparison.Ordinal) => "102",
        var c when c.StartsWith("061", StringComparison.Ordinal) => "1011",
        var c when c.StartsWith("062", StringComparison.Ordinal) => "1012",
        var c when c.StartsWith("063", StringComparison.Ordinal) => "1013",
        var c when c.StartsWith("064", StringComparison.Ordinal) => "1014",
        var c when c.StartsWith("06", StringComparison.Ordinal) => "101",
        var c when c.StartsWith("071", StringComparison.Ordinal) => "1031",
        var c when c.StartsWith("072", StringComparison.Ordinal) => "1032",
        var c when c.StartsWith("073", StringComparison.Ordinal) => "1033",
        var c when c.StartsWith("074", StringComparison.Ordinal) => "1034",
        var c when c.StartsWith("07", StringComparison.Ordinal) => "103",
        var c when c.StartsWith("081", StringComparison.Ordinal) => "1051",
        var c when c.StartsWith("082", StringComparison.Ordinal) => "1052",
        var c when c.StartsWith("083", StringComparison.Ordinal) => "104",
        var c when c.StartsWith("084", StringComparison.Ordinal) => "1053",
        var c when c.StartsWith("085", StringComparison.Ordinal) => "1054",
        var c when c.StartsWith("086", StringComparison.Ordinal) => "1055",
        var c when c.StartsWith("087", StringComparison.Ordinal) => "1056",
        var c when c.StartsWith("08", StringComparison.Ordinal) => "105",
        var c when c.StartsWith("10", StringComparison.Ordinal) => c,
        _ => "100",
    };

    private static string Threat(string code) => code switch
    {
        var c when c.StartsWith("13", StringComparison.Ordinal) => c,
        var c when c.StartsWith("14", StringComparison.Ordinal) => "133",
        var c when c.StartsWith("161", StringComparison.Ordinal) => "1313",
        var c when c.StartsWith("162", StringComparison.Ordinal) => "1311",
        var c when c.StartsWith("163", StringComparison.Ordinal) => "1312",
        var c when c.StartsWith("164", StringComparison.Ordinal) => "134",
        var c when c.StartsWith("165", StringComparison.Ordinal) => "135",
        var c when c.StartsWith("166", StringComparison.Ordinal) => "136",
        var c when c.StartsWith("16", StringComparison.Ordinal) => "131",
        var c when c.StartsWith("172", StringComparison.Ordinal) => "132",
        var c when c.StartsWith("17", StringComparison.Ordinal) => "137",
        var c when c.StartsWith("18", StringComparison.Ordinal) => "1383",
        var c when c.StartsWith("191", StringComparison.Ordinal) => "1381",
        var c when c.StartsWith("192", StringComparison.Ordinal) => "1382",
        var c when c.StartsWith("20", StringComparison.Ordinal) => "1385",
        var c when c.StartsWith("19", StringComparison.Ordinal) => "1384",
        _ => "138",
    };
}
