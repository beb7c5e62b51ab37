using PromiseKeeper.Domain.Language;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Tests;

/// <summary>
/// The Slovenian word list on sentences written for it: blame that must be found (in different cases, genders, numbers and
/// verb forms, names on the record inflected) and careful wording, some of it close to blame, that must be left alone.
/// </summary>
public class SlovenianBlameTests
{
    private static readonly ClientTextCheck _check = ClientTextCheck.For(["Janez Novak (nekdanji vodja prodaje)", "Maja Kovač"], Languages.Slovenian);

    public static TheoryData<string, BlameCategory> Blame() => new()
    {
        { "Moj sodelavec je pozabil naročiti dele.", BlameCategory.BlamesColleague },
        { "Nekdanja sodelavka vas je pustila na cedilu.", BlameCategory.BlamesColleague },
        { "Vaš prejšnji skrbnik računa vam je obljubil nemogoče.", BlameCategory.BlamesColleague },
        { "To je obljubil moj predhodnik, ne jaz.", BlameCategory.BlamesColleague },
        { "Iskreno, to ni moja krivda.", BlameCategory.BlamesColleague },
        { "S tem nimam nič.", BlameCategory.BlamesColleague },
        { "Takrat me še ni bilo v podjetju.", BlameCategory.BlamesColleague },
        { "Projekt sem prevzel šele pred kratkim.", BlameCategory.BlamesColleague },
        { "Sodelavka, ki vam je to obljubila, ne dela več pri nas.", BlameCategory.BlamesColleague },
        { "Tega nisem obljubil jaz.", BlameCategory.BlamesColleague },
        { "Vodja projekta bi moral pravočasno naročiti material.", BlameCategory.BlamesColleague },
        { "Napaka našega pripravnika vas je stala teden dni.", BlameCategory.BlamesColleague },
        { "Zaradi Janeza Novaka smo zamudili rok.", BlameCategory.BlamesColleague },
        { "Maja je pozabila poslati pogodbo.", BlameCategory.BlamesColleague },
        { "To je bila Janezova napaka.", BlameCategory.BlamesColleague },
        { "Novak tega ne bi smel obljubiti.", BlameCategory.BlamesColleague },
        { "Jaz tega nikoli ne bi obljubila.", BlameCategory.BlamesColleague },
        { "Po krivdi Maje je paket šel na napačen naslov.", BlameCategory.BlamesColleague },
        { "Skladišče je izgubilo vašo pošiljko.", BlameCategory.BlamesAnotherTeam },
        { "Naš dobavitelj nas je pustil na cedilu.", BlameCategory.BlamesAnotherTeam },
        { "Zaradi podizvajalca se je zagon zamaknil za mesec.", BlameCategory.BlamesAnotherTeam },
        { "Razvijalci bi morali napako odpraviti že v petek.", BlameCategory.BlamesAnotherTeam },
        { "To je napaka računovodstva, ne naša.", BlameCategory.BlamesAnotherTeam },
        { "Kriv je prevoznik, ki je zamujal.", BlameCategory.BlamesAnotherTeam },
        { "To ni naša krivda, tako so nanesle okoliščine.", BlameCategory.BlamesAnotherTeam },
        { "Dostavna služba je zamešala naslov.", BlameCategory.BlamesAnotherTeam },
        { "Na to žal nismo imeli nobenega vpliva.", BlameCategory.BlamesAnotherTeam },
        { "Prodajni oddelek vam je obljubil preveč.", BlameCategory.BlamesAnotherTeam },
        { "Pritožbo naslovite na tiskarno.", BlameCategory.BlamesAnotherTeam },
        { "Morali bi nam sporočiti vnaprej.", BlameCategory.BlamesClient },
        { "Če bi nam pravočasno poslali podatke, težave ne bi bilo.", BlameCategory.BlamesClient },
        { "Niste nam poslali logotipov.", BlameCategory.BlamesClient },
        { "Narobe ste razumeli pogoje pogodbe.", BlameCategory.BlamesClient },
        { "To je bila vaša napaka.", BlameCategory.BlamesClient },
        { "Zamuda je nastala po vaši krivdi.", BlameCategory.BlamesClient },
        { "Vaši sodelavci nam niso odgovorili na poizvedbo.", BlameCategory.BlamesClient },
        { "Kot vam je bilo že sporočeno, so roki odvisni od vas.", BlameCategory.BlamesClient },
        { "Malo pretiravate.", BlameCategory.BlamesClient },
        { "Pomirite se, prosim.", BlameCategory.BlamesClient },
        { "Ves čas ste spreminjali zahteve.", BlameCategory.BlamesClient },
        { "Zaradi vaših poznih popravkov se je vse zamaknilo.", BlameCategory.BlamesClient },
        { "Nikoli vam nismo obljubili popusta.", BlameCategory.DeniesPromise },
        { "Tega nisem rekel.", BlameCategory.DeniesPromise },
        { "Nihče vam tega ni zagotovil.", BlameCategory.DeniesPromise },
        { "Takšne obveze ni bilo.", BlameCategory.DeniesPromise },
        { "Datum ni bil dokončno potrjen.", BlameCategory.DeniesPromise },
        { "To je bila le okvirna ocena.", BlameCategory.DeniesPromise },
        { "Nič hudega se ni zgodilo.", BlameCategory.DeniesPromise },
        { "Zamuda je le dva dni.", BlameCategory.DeniesPromise },
        { "Take stvari se zgodijo vsem.", BlameCategory.DeniesPromise },
        { "Formalno smo pogodbo izpolnili.", BlameCategory.DeniesPromise },
        { "Verjetno ste nas narobe razumeli.", BlameCategory.DeniesPromise },
        { "Lahko bi bilo še slabše.", BlameCategory.DeniesPromise },
        { "Saj niste ničesar izgubili.", BlameCategory.DeniesPromise },
        { "Sodelavec vam tega ni obljubil.", BlameCategory.DeniesPromise },
        { "Naši razvijalci so se zmotili pri nastavitvah.", BlameCategory.BlamesAnotherTeam },
        { "Računovodstvo je zamešalo podatke.", BlameCategory.BlamesAnotherTeam },
        { "Krivi so naši logisti.", BlameCategory.BlamesAnotherTeam },
        { "Naša nekdanja sodelavka vam je obljubila popust.", BlameCategory.BlamesColleague },
        { "Prejšnji prodajalci so obljubili preveč.", BlameCategory.BlamesColleague },
        { "Po Janezovi krivdi smo zamudili rok.", BlameCategory.BlamesColleague },
        { "Z Majo se je vse zavleklo, ker je pozabila na naročilo.", BlameCategory.BlamesColleague },
    };

    public static TheoryData<string> Careful() =>
    [
        "Naša napaka je bila, da nismo preverili zaloge.",
        "Nismo uspeli do obljubljenega datuma in to je naša napaka.",
        "Obljubili smo vam dobavo do petka in obljube nismo izpolnili.",
        "Razočarali smo vas in iskreno mi je žal.",
        "Naša ekipa vas bo jutri poklicala, da se dogovorimo za nov rok.",
        "Račun bi morali že prejeti po e-pošti.",
        "Niste nič krivi.",
        "Za nič od tega niste krivi.",
        "Moj sodelavec Janez se bo pridružil klicu in predstavil popravek.",
        "Skladišče bo vaše naročilo odpremilo jutri zjutraj prvo.",
        "Dobavitelja smo prosili, naj vam da prednost.",
        "Zaradi naše napake se zagon premakne na junij.",
        "To ni le majhna zamuda, tega se zavedamo.",
        "Hvala, ker ste datoteke poslali tako hitro.",
        "Če imate kakršnakoli vprašanja, me pokličite kadar koli.",
        "Vaš vodja se nam lahko pridruži na klicu.",
        "Dobavitelja smo izbrali mi, zato je popravilo na nas.",
        "Nič hudega, če odgovorite naslednji teden.",
        "Osebno bom poskrbel, da bo nov rok spoštovan.",
        "Razvijalci že odpravljajo napako pri uvozu.",
        "Besede, ki sem vam jo dal, nisem držal, in se opravičujem.",
        "Nismo naredili tega, kar smo obljubili.",
        "To ni bila ocena, ampak trdna obljuba.",
        "Prav ste naredili, da ste nam takoj pisali.",
        "Zamuda bo dva tedna in razumemo, kako neprijetno je to.",
        "Obljubili smo pisno in za svojo besedo odgovarjamo.",
        "Kurir bo paket prevzel v vaši pisarni v četrtek.",
        "Služba za podporo je na voljo ves dan.",
        "Kaj takega se ne bo ponovilo: dodali smo preverjanje.",
        "Vaš projekt sem prevzel in zanj osebno odgovarjam.",
        "Zmotili smo se pri izračunu in za to odgovarjamo mi.",
        "Morali bi vas obvestiti prej, in tega nismo storili.",
        "Vaš vodja prodaje je bil zelo prijazen.",
        "Razumemo, da ste zagon načrtovali na ta datum.",
        "Prodajalka Ana bo z vami v stiku vsak dan.",
        "Janez bo z mano pripravil nov načrt.",
        "Nič od tega ni bilo po vaši krivdi.",
        "Razočarali smo vas in vašo ekipo.",
        "Naši razvijalci so že našli vzrok in ga odpravljajo.",
        "Dobavitelj ni kriv: mi smo napačno ocenili roke.",
        "Zmotili smo se, in to je naša odgovornost.",
    ];

    [Theory]
    [MemberData(nameof(Blame))]
    public void Blame_is_found_with_its_category(string text, BlameCategory category)
    {
        var findings = _check.Check(text);

        Assert.True(findings.Any(f => f.Category == category),
            $"\"{text}\": expected {category}, found {(findings.Count == 0 ? "nothing" : Describe(findings))}");
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Explanation)));
    }

    [Theory]
    [MemberData(nameof(Careful))]
    public void Careful_wording_is_left_alone(string text)
    {
        var findings = _check.Check(text);

        Assert.True(findings.Count == 0, $"\"{text}\" was reported: {Describe(findings)}");
    }

    [Fact]
    public void There_are_at_least_thirty_sentences_each_way_and_every_category_is_covered()
    {
        Assert.True(Blame().Count >= 30);
        Assert.True(Careful().Count >= 30);
        foreach (var category in Enum.GetValues<BlameCategory>().Where(c => c != BlameCategory.LegalAskedNotToSay))
        {
            Assert.True(Blame().Count(row => (BlameCategory)row[1] == category) >= 5, $"too few sentences for {category}");
        }
    }

    [Fact]
    public void Skipping_patterns_by_their_words_finds_the_same_in_all_sentences_at_once()
    {
        var lexicon = BlameLexicon.ForLanguage(Languages.Slovenian).WithPeople(["Janez Novak", "Janez", "Novak", "Maja Kovač", "Maja", "Kovač"]);
        var text = string.Join(" ", Blame().Select(row => (string)row[0]).Concat(Careful().Cast<string>()));

        var findings = lexicon.Check(text);

        Assert.Equal(lexicon.CheckEveryPattern(text), findings);
        Assert.True(findings.Count >= Blame().Count * 3 / 4, $"only {findings.Count} findings");
    }

    private static string Describe(IEnumerable<BlameFinding> findings) =>
        string.Join("; ", findings.Select(f => $"{f.Category} \"{f.Phrase}\""));
}
