"""Extraction with the real spaCy model and our components."""

from __future__ import annotations

import pytest

from kg.extract import Claim, extract


def _claims(nlp, text: str, publisher: str = "Test Outlet") -> list[Claim]:
    return list(extract(nlp, text, publisher).claims)


def _find(claims, claimant, supplier="North Korea", recipient="Russia"):
    return [c for c in claims if c.claimant == claimant and c.supplier == supplier and c.recipient == recipient]


def test_seed_article_yields_beyond_parallel_and_us_claims(nlp, seed_text):
    claims = _claims(nlp, seed_text, "The Asian Affairs")
    bp = _find(claims, "Beyond Parallel")
    us = _find(claims, "United States")
    assert bp and us
    assert "munitions" in bp[0].items and bp[0].certainty == "probable"
    assert bp[0].certainty_cue and "likely" in bp[0].certainty_cue
    assert {"artillery shells", "rockets"} <= set(us[0].items)
    assert all(c.stance == "asserts" for c in bp + us)


def test_quote_offsets_point_into_the_text(nlp, seed_text):
    for c in _claims(nlp, seed_text, "The Asian Affairs"):
        assert seed_text[c.start : c.end] == c.quote


def test_denial_is_not_read_as_assertion(nlp):
    claims = _claims(nlp, "North Korea denied supplying weapons to Russia.")
    assert [(c.claimant, c.stance) for c in claims] == [("North Korea", "denies")]


def test_negated_transfer_is_a_denial(nlp):
    text = '"The DPRK has never exported weapons or ammunition to Russia," the foreign ministry said.'
    claims = _claims(nlp, text)
    assert claims and all(c.stance == "denies" and c.supplier == "North Korea" for c in claims)


def test_according_to_names_the_claimant(nlp):
    claims = _claims(nlp, "According to the NIS, North Korea shipped more than a million shells to Russia.")
    assert [(c.claimant, c.items) for c in claims] == [("South Korea", ("artillery shells",))]


def test_agency_speaks_for_its_state(nlp):
    claims = _claims(nlp, "The State Department said North Korea had sent ballistic missiles to Russia.")
    assert claims[0].claimant == "United States"
    assert claims[0].items == ("ballistic missiles",)


def test_receive_verb_swaps_roles(nlp):
    claims = _claims(nlp, "Russia has received millions of artillery shells from North Korea, officials in Seoul said.")
    assert claims and claims[0].supplier == "North Korea" and claims[0].recipient == "Russia"
    assert claims[0].claimant == "South Korea"


def test_passive_with_agent(nlp):
    claims = _claims(nlp, "Weapons provided by North Korea were shipped to Russia, the White House said.")
    assert _find(claims, "United States")


def test_hedge_lowers_certainty(nlp):
    claims = _claims(nlp, "Analysts suggest that North Korea may be supplying munitions to Russia.")
    assert claims[0].certainty == "possible"
    assert claims[0].claimant_kind == "unnamed"


def test_unattributed_statement_belongs_to_the_outlet(nlp):
    claims = _claims(nlp, "North Korea has shipped artillery shells to Russia.", publisher="Daily Courier")
    assert claims[0].claimant == "Daily Courier" and claims[0].claimant_kind == "reporter"


def test_no_claim_without_a_transfer(nlp):
    assert _claims(nlp, "Kim Jong Un met Vladimir Putin in Russia in September.") == []


def test_gazetteer_keeps_unknown_entities(nlp):
    ex = extract(nlp, "Officials from Ruritania met Kim Jong Un in Pyongyang.", "X")
    labels = {(m.text, m.iri is None) for m in ex.mentions}
    assert ("Pyongyang", False) in labels
    assert any(known for _, known in labels)  # something unknown is kept with its spaCy label


def test_claim_round_trips_through_dict(nlp, seed_text):
    for c in _claims(nlp, seed_text, "The Asian Affairs"):
        assert Claim.from_dict(c.to_dict()) == c


def test_missing_model_is_a_clear_error(vocab):
    from kg.errors import ModelError
    from kg.extract import load_pipeline

    with pytest.raises(ModelError, match="not installed"):
        load_pipeline(vocab, "no_such_model_xyz")


# --- rules generalised on dev3 (sentences written for these tests, not taken from the set)

def test_mistagged_reporting_verb_after_an_aside_keeps_its_speaker(nlp):
    text = "South Korean officials, meanwhile, affirm that shells supplied by the North are being fired by Russian crews."
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("South Korea", "North Korea", "Russia")]


def test_speaker_before_a_comma_bounded_aside(nlp):
    text = ("The denial came after the State Department, citing declassified intelligence, said Moscow was "
            "buying millions of rockets from North Korea.")
    claims = _claims(nlp, text)
    assert claims and claims[0].claimant == "United States" and claims[0].items == ("rockets",)


@pytest.mark.parametrize("text", [
    "We have not seen China provide lethal weapons to Russia.",
    "Seoul could consider supplying weapons to Ukraine if Pyongyang sends more troops.",
    "Ukrainian forces say they have shot down 300 Iranian drones over Odesa.",
    "Investigators said they had sent fragments of a North Korean missile to a laboratory in Kyiv.",
])
def test_absence_proposals_interceptions_and_remains_are_no_claims(nlp, text):
    assert _claims(nlp, "North Korea has shipped missiles to Russia. " + text)[1:] == []


def test_confirming_what_another_source_alleged_credits_both(nlp):
    text = ("Researchers at Conflict Armament Research said the drones had been manufactured in Iran and "
            "transferred to Russian forces, confirming what Kyiv had alleged for weeks.")
    claims = _claims(nlp, text)
    assert {c.claimant for c in claims} == {"Conflict Armament Research", "Ukraine"}
    assert all((c.supplier, c.recipient, c.items) == ("Iran", "Russia", ("other",)) for c in claims)


def test_launchers_are_munitions_not_rockets(nlp):
    claims = _claims(nlp, "Belarusian Hajun said Russian trains had delivered Iskander launchers to Belarus.")
    assert claims and claims[0].items == ("munitions",) and claims[0].recipient == "Belarus"


def test_briefing_podium_speaker_speaks_for_the_host(nlp):
    text = ("The following is a transcript of the State Department press briefing.\n\n"
            "Mr. Carter: We know that North Korea has shipped artillery shells to Russia.\n\n"
            "Question: Thank you.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.items) for c in claims] == [("United States", ("artillery shells",))]


def test_a_heading_is_not_a_speaker(nlp):
    text = "Key Takeaways:\n\n1. Iran continues to supply Russia with ballistic missiles.\n\nNote: this is a daily update."
    claims = _claims(nlp, text, "Frontline Institute")
    assert [c.claimant for c in claims] == ["Frontline Institute"]


def test_bare_denial_answers_the_broadest_allegation(nlp):
    text = ("Beyond Parallel said the traffic likely reflects arms moving from North Korea to Russia. "
            "South Korea said North Korea had sent artillery shells to Russia. "
            "Moscow has dismissed the allegations.")
    denial = [c for c in _claims(nlp, text) if c.stance == "denies"]
    assert [(c.claimant, c.items) for c in denial] == [("Russia", ("munitions",))]


def test_assistance_for_a_missile_programme_is_technology(nlp):
    claims = _claims(nlp, "We believe Moscow has been giving Pyongyang assistance that could help its ballistic missile programme, the official said.")
    assert [(c.supplier, c.recipient, c.items, c.certainty) for c in claims] == [
        ("Russia", "North Korea", ("technology",), "probable")]


@pytest.mark.parametrize("text,expected", [
    ("In exchange, Moscow is suspected of providing Pyongyang with military technology, analysts say.",
     ("analysts", "Russia", "North Korea", ("technology",))),
    ("North Korea has provided Russia with millions of shells, according to estimates by Ukrainian intelligence.",
     ("Ukraine", "North Korea", "Russia", ("artillery shells",))),
    ("Kim Jong Un has sent troops to help Putin's war effort, NATO chief Mark Rutte said.",
     ("NATO", "North Korea", "Russia", ("troops",))),
    ("Budanov said about half of Russia's artillery shells came from North Korea.",
     ("Ukraine", "North Korea", "Russia", ("artillery shells",))),
    ("Arms experts say North Korea is likely to receive missile technology from Russia in return.",
     ("arms experts", "Russia", "North Korea", ("technology",))),
    ("The Pentagon estimates that North Korea has deployed some 11,000 soldiers to the Kursk region.",
     ("United States", "North Korea", "Russia", ("troops",))),
])
def test_common_wire_forms(nlp, text, expected):
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [expected]


def test_pronoun_object_is_not_its_own_clause_subject(nlp):
    text = "Russia's foreign ministry rejected as \"groundless\" Western allegations that Iran had supplied it with missiles."
    assert [(c.claimant, c.stance, c.supplier, c.recipient) for c in _claims(nlp, text)] == [
        ("Russia", "denies", "Iran", "Russia")]


@pytest.mark.parametrize("text,expected", [
    ("The ships carried containers from Rajin to the Russian port of Dunai.",
     ("Outlet", "asserts", "North Korea", "Russia")),
    ("Officials said the cargo contained artillery ammunition destined for Russian forces from North Korea.",
     ("officials", "asserts", "North Korea", "Russia")),
    ("North Korea has dispatched troops to Russian-occupied Donetsk, South Korean lawmakers said.",
     ("South Korean lawmakers", "asserts", "North Korea", "Russia")),
    ("Moscow, in return, is thought to be helping Pyongyang with its satellite program.",
     ("Outlet", "asserts", "Russia", "North Korea")),
    ("North Korea's foreign ministry called reports that Pyongyang had shipped shells to Russia 'absurd fabrications'.",
     ("North Korea", "denies", "North Korea", "Russia")),
])
def test_more_wire_forms(nlp, text, expected):
    assert [(c.claimant, c.stance, c.supplier, c.recipient) for c in _claims(nlp, text, "Outlet")] == [expected]


# ---------------------------------------------------------------------- rules of the dev4 round


def _rows(nlp, text: str, publisher: str = "Outlet") -> list[tuple]:
    return [(c.claimant, c.stance, c.supplier, c.recipient, c.items) for c in _claims(nlp, text, publisher)]


@pytest.mark.parametrize("text,expected", [
    # item phrases are matched in text order, whatever order the parse gathers them in
    ("We assess that the trains carried North Korean artillery ammunition loaded at Rajin to Russia.",
     [("Outlet", "asserts", "North Korea", "Russia", ("artillery shells",))]),
    # what a copula says the cargo is names it more exactly
    ("North Korea has given Russia weapons, Seoul says. The weapons handed to Russia are believed to be KN-24 "
     "missiles, according to a Japanese official.",
     [("South Korea", "asserts", "North Korea", "Russia", ("munitions",)),
      # (one unnamed official named by nationality only is an anonymous source: test_one_plain_official_is_an_anonymous_source)
      ("Japanese official", "asserts", "North Korea", "Russia", ("munitions", "ballistic missiles"))]),
    # cargo conjoined before a participle goes with it
    ("Investigators documented North Korean rockets and drone parts shipped to Russia, the report said.",
     [("investigators", "asserts", "North Korea", "Russia", ("rockets", "other"))]),
    # "in exchange for" names the counter-transfer, not the cargo
    ("The NIS said Moscow was giving Pyongyang missile technology in exchange for the soldiers it has received.",
     [("South Korea", "asserts", "Russia", "North Korea", ("technology",)),
      ("South Korea", "asserts", "North Korea", "Russia", ("troops",))]),
    ("Seoul says Pyongyang has now sent men to Russia.",
     [("South Korea", "asserts", "North Korea", "Russia", ("troops",))]),
    ("The NIS said North Korea had sent thousands of workers to Russia.",
     [("South Korea", "asserts", "North Korea", "Russia", ("other",))]),
    # the speaker's own phrase names no cargo ("artillery officers" are not troops sent)
    ("North Korea shipped shells to Russia, the NIS said. Two retired artillery officers we interviewed believe the "
     "crates hold 122mm rockets.",
     [("South Korea", "asserts", "North Korea", "Russia", ("artillery shells",)),
      ("two retired artillery officers", "asserts", "North Korea", "Russia", ("rockets",))]),
])
def test_items_of_a_transfer(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare "missiles" is munitions ...
    ("Britain said North Korea had sent rockets and missiles to Wagner.",
     [("United Kingdom", "asserts", "North Korea", "Wagner Group", ("rockets", "munitions"))]),
    # ... unless it refers back to the ballistic missiles the same supplier is said to send the same recipient
    ("The Pentagon said Iran had shipped Fath-360 ballistic missiles to Russia. Kirby said Iran sent the missiles to "
     "Russia last week.",
     [("United States", "asserts", "Iran", "Russia", ("ballistic missiles",))] * 2),
])
def test_bare_missiles_take_their_kind_from_the_discourse(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # use with no maker named says nothing of supply
    ("Iran has sold Shahed drones to Russia, the White House said. Russia launched 40 drones at Odesa overnight, "
     "Ukraine's air force said.",
     [("United States", "asserts", "Iran", "Russia", ("other",))]),
    # ... but a copula can name the maker
    ("Ukrainian officials say the drones launched by Russia are Iranian Shahed-136s.",
     [("Ukraine", "asserts", "Iran", "Russia", ("other",))]),
])
def test_use_of_weapons_needs_their_maker(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # conjoined verbs share their subject
    ("The White House released photographs on Monday and said North Korea had sent artillery shells to Russia, "
     "which officials expected to continue.",
     [("United States", "asserts", "North Korea", "Russia", ("artillery shells",))]),
    # a quotation with no reporting verb continues the quotation before it
    ("\"We have watched this for months,\" Kirby said. \"North Korea has shipped more shells to Russia.\"",
     [("United States", "asserts", "North Korea", "Russia", ("artillery shells",))]),
    # an office placed in a capital by the sentence serves that state
    ("In Seoul, the defence ministry said North Korea had sent more shells to Russia.",
     [("South Korea", "asserts", "North Korea", "Russia", ("artillery shells",))]),
    # a head of state with no nationality speaks for the country of the dateline
    ("PRETORIA, May 2 (Outlet) — South Africa did not load any weapons onto the Russian ship, President Jacob "
     "Dlamini said on Sunday.",
     [("South Africa", "denies", "South Africa", "Russia", ("munitions",))]),
    # praise presupposes what it praises; troops who fight beside another state's forces were sent to it
    ("Putin praised the courage of North Korean soldiers who had fought beside Russian troops in Kursk.",
     [("Russia", "asserts", "North Korea", "Russia", ("troops",))]),
    # an indefinite pronoun is not a claimant
    ("Nearly everything is reported: the shells that North Korea shipped to Russia were counted by the NIS.",
     [("Outlet", "asserts", "North Korea", "Russia", ("artillery shells",))]),
])
def test_who_says_it(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize("text,publisher", [
    ("North Korea shipped shells to Russia, according to customs records reviewed by the Ledger.", "Seoul Ledger"),
    ("North Korea shipped shells to Russia, according to invoices seen by Tidewire.", "Tidewire Daily"),
])
def test_an_outlet_naming_itself_is_the_outlet(nlp, text, publisher):
    assert [c.claimant for c in _claims(nlp, text, publisher)] == [publisher]


@pytest.mark.parametrize("text,expected", [
    # the taker of a delivery is its recipient
    ("Iran sent ballistic missiles to Russia, Washington says. The State Department said Moscow had taken delivery "
     "of the missiles last week.",
     [("United States", "asserts", "Iran", "Russia", ("ballistic missiles",))] * 2),
    # a first-person object is the speaker
    ("Peskov said: \"Pyongyang has never supplied us with shells.\"",
     [("Russia", "denies", "North Korea", "Russia", ("artillery shells",))]),
    # stationing abroad: the host follows "in" or "on ... territory"
    ("The Kremlin said the deployment of Russian nuclear weapons in Belarus was complete.",
     [("Russia", "asserts", "Russia", "Belarus", ("munitions",))]),
    ("Moscow said it would station Iskander missiles on Belarusian territory next year.",
     [("Russia", "asserts", "Russia", "Belarus", ("ballistic missiles",))]),
    # the possessor of "act of supplying" supplies
    ("Pyongyang's foreign ministry said the United States was using the story to excuse its own shameful act of "
     "supplying arms to Ukraine.",
     [("North Korea", "asserts", "United States", "Ukraine", ("munitions",))]),
    # training people passes know-how from where (or by whom) they were trained
    ("The report says Russian operators were trained on the drones in Iran.",
     [("report", "asserts", "Iran", "Russia", ("technology",))]),
    ("The NIS said North Korea was training 3,000 soldiers to join Russian forces.",
     [("South Korea", "asserts", "North Korea", "Russia", ("troops",))]),
    ("\"Tehran has put drones in Russian hands,\" the minister said.",
     [("Iran", "asserts", "Iran", "Russia", ("other",))]),  # a state's office speaks for the subject state
    ("Washington says South Africa sold weapons to Russia. The ambassador said he was sure weapons had been put "
     "aboard the Russian ship at Simonstown.",
     [("United States", "asserts", "South Africa", "Russia", ("munitions",)),
      ("ambassador", "asserts", "South Africa", "Russia", ("munitions",))]),
    ("The report says North Korea loaded weapons onto a Russian freighter at Rajin.",
     [("report", "asserts", "North Korea", "Russia", ("munitions",))]),
    ("Patriot batteries were shipped to Ukraine under a package approved by the Pentagon, officials said.",
     [("officials", "asserts", "United States", "Ukraine", ("munitions",))]),
    ("The United States sent shells to Ukraine in March, the Pentagon said. More shells are on their way to Ukraine, "
     "the Pentagon said.",
     [("United States", "asserts", "United States", "Ukraine", ("artillery shells",))] * 2),
])
def test_transfer_forms(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a recipient left implicit is the state the sentence before is about
    ("Russia's army would run dry without help. North Korea sends the shells.",
     [("Outlet", "asserts", "North Korea", "Russia", ("artillery shells",))]),
    # a nationality on a vehicle names the carrier, not a party
    ("Satellite images show Russian freight cars crossing into North Korea to collect a consignment of shells for the "
     "Wagner Group, the State Department said.",
     [("United States", "asserts", "North Korea", "Wagner Group", ("artillery shells",))]),
    # a denial of one allegation ("the claim") answers the latest one
    ("Kirby said Iran had sent ballistic missiles to Russia. Iran's foreign ministry said Iran had also sent drones "
     "to Russia, officials say. Tehran called the claim baseless.",
     [("United States", "asserts", "Iran", "Russia", ("ballistic missiles",)),
      ("Iran", "asserts", "Iran", "Russia", ("other",)), ("Iran", "denies", "Iran", "Russia", ("other",))]),
])
def test_roles_from_the_discourse(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a headline is no claim, but a bullet point is
    ("Iran to send more drones to Russia\n\nThe White House said on Friday it was watching closely.", []),
    ("Key points\n\n• North Korea has sent 10,000 troops to Russia\n\nMore follows.",
     [("Outlet", "asserts", "North Korea", "Russia", ("troops",))]),
    # wishes and attempts are no transfer
    ("Kirby said Russia was seeking to buy ballistic missiles from Iran.", []),
    # "carry out" is to perform
    ("North Korea sent troops to Russia, Seoul said. The operation was carried out at night, the NIS said.",
     [("South Korea", "asserts", "North Korea", "Russia", ("troops",))]),
    # a movement that starts inside the recipient's country stays inside it
    ("North Korea shipped shells to Dunai, the report said. From there, rail data show the containers moving east to "
     "a depot in central Russia.",
     [("report", "asserts", "North Korea", "Russia", ("artillery shells",))]),
    # a transfer that only dates something else is not restated
    ("We assess that Iran delivered ballistic missiles to Russia. Russian crews probably visited the factory before "
     "the delivery.",
     [("Outlet", "asserts", "Iran", "Russia", ("ballistic missiles",))]),
    # paperwork for a transfer is not the transfer
    ("Iran sent drones to Russia, officials said. The panel found that no licence had been issued for the export of "
     "any drones.",
     [("officials", "asserts", "Iran", "Russia", ("other",))]),
])
def test_not_claims(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a state-owned arms maker receives for its state; a site stands for the state it lies in
    ("The ministry said Beijing had shipped drone engines to Kupol in March.",
     [("China", "asserts", "China", "Russia", ("other",))]),
    ("Officials said drone engines made in China were delivered to the Izhevsk factory.",
     [("officials", "asserts", "China", "Russia", ("other",))]),
    ("Iran sent ballistic missiles to Yemen, the monitors said.",
     [("monitors", "asserts", "Iran", "Yemen", ("ballistic missiles",))]),
])
def test_gazetteer_recipients(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # bare parts are known by what they are for, even when "for" hangs on the first conjunct
    ("The panel said Iran was sending Russia artillery shells and components for attack drones.",
     [("panel", "asserts", "Iran", "Russia", ("artillery shells", "other"))]),
    # "other parts" are of the kind named before them
    ("The panel said Iran was sending Russia drone engines and other parts for attack drones.",
     [("panel", "asserts", "Iran", "Russia", ("other",))]),
])
def test_parts_for_a_system(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the maker a copula gives the used cargo (or the parts it is made of) is its supplier
    ("The inspectors said components of drones and ballistic missiles used by the Houthis were consistent with "
     "Iranian manufacture.",
     [("inspectors", "asserts", "Iran", "Houthis", ("other", "ballistic missiles"))]),
    ("The inspectors said drones used by the Houthis were of Iranian origin.",
     [("inspectors", "asserts", "Iran", "Houthis", ("other",))]),
])
def test_origin_of_used_cargo(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an investigation speaks for the outlet that ran it, even one the tagger does not know
    ("A Nordic Ledger investigation found that China had shipped drone engines to Russia.",
     [("Nordic Ledger", "asserts", "China", "Russia", ("other",))]),
    # a ", which" after a participial aside goes back to the noun before the aside, and what the
    # clause says is never who says it
    ("Iran has sent drones to Russia, officials said. The surge matches a Nordic Ledger investigation, drawn from "
     "customs records, which found that Iran had shipped drone engines to Russia.",
     [("officials", "asserts", "Iran", "Russia", ("other",)),
      ("Nordic Ledger", "asserts", "Iran", "Russia", ("other",))]),
])
def test_investigation_speaks_for_its_outlet(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # relying on a supplier's cargo is receiving it; relying on a state alone names no cargo
    ("Russia now relies on Iranian drones for its strikes, analysts said.",
     [("analysts", "asserts", "Iran", "Russia", ("other",))]),
    ("Ukraine can rely on Germany, the minister said.", []),
])
def test_dependence_is_receipt(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # units that join combat beside another state's forces are troops sent to that state
    ("Seoul said North Korean units had joined attacks near the border alongside Russian marines.",
     [("South Korea", "asserts", "North Korea", "Russia", ("troops",))]),
    ("Seoul said North Korean units had joined an exercise near the border.", []),
    # another English name of Ukraine's military intelligence
    ("Ukraine's Main Military Intelligence Directorate said Russia had received North Korean shells.",
     [("Ukraine", "asserts", "North Korea", "Russia", ("artillery shells",))]),
])
def test_units_joining_combat(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # cargo taken off a ship or train has been delivered, from where it came
    # (in a paragraph that attributes the finding to the group, its next sentence is the group's too)
    ("Iran has shipped drones to Russia, the group said.\n\nThe images are consistent with the unloading of military "
     "cargo from Iran.",
     [("group", "asserts", "Iran", "Russia", ("other",)), ("Outlet", "asserts", "Iran", "Russia", ("munitions",))]),
    ("Iran has shipped drones to Russia, the group said. The images are consistent with the unloading of military "
     "cargo from Iran.",
     [("group", "asserts", "Iran", "Russia", ("other",)), ("group", "asserts", "Iran", "Russia", ("munitions",))]),
    # "military" makes a cargo word arms of some kind; a bare cargo word says nothing of what it is
    ("Belarus sent military cargo to Russia, the monitors said.",
     [("monitors", "asserts", "Belarus", "Russia", ("munitions",))]),
    ("Belarus sent cargo to Russia, the monitors said.",
     [("monitors", "asserts", "Belarus", "Russia", ("other",))]),
])
def test_unloading_and_military_cargo(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # ammunition for a launcher is what the launcher fires, even when "for" hangs on an earlier conjunct
    ("Germany has sent tanks, mortar rounds and ammunition for rocket launchers to Ukraine, the ministry said.",
     [("Germany", "asserts", "Germany", "Ukraine", ("munitions", "artillery shells", "rockets"))]),
    # the launchers themselves are weapons
    ("The Pentagon announced a package for Ukraine that includes tanks and rocket launchers.",
     [("United States", "asserts", "United States", "Ukraine", ("munitions",))]),
])
def test_ammunition_for_a_launcher(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # filling a recipient with cargo supplies it
    ("The minister said Poland had equipped Ukraine with tanks.",
     [("Poland", "asserts", "Poland", "Ukraine", ("munitions",))]),
    ("Washington has flooded Ukraine with weapons, the ambassador said.",
     [("United States", "asserts", "United States", "Ukraine", ("munitions",))]),
    ("Rain flooded the streets of Kyiv on Monday.", []),
])
def test_filling_verbs_supply(nlp, text, expected):
    assert _rows(nlp, text) == expected


# --- dev5 round: general rules found on page types the earlier sets did not use


def test_lower_case_state_names_are_actors(nlp):
    # Ukrainian outlets write "moscow", "the kremlin", "russians" in lower case on purpose
    claims = _claims(nlp, "In exchange, moscow is handing over air defence equipment to Pyongyang, "
                          "according to Ukrainian military intelligence.")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("Ukraine", "Russia", "North Korea")]


def test_us_only_title_in_apposition_makes_the_person_speak_for_the_state(nlp):
    text = ("The witness is Mark Daniels, Deputy Assistant Secretary of State for East Asian Affairs. "
            "Daniels said North Korea had sent ballistic missiles to Russia.")
    assert [c.claimant for c in _claims(nlp, text)] == ["United States"]


def test_named_researcher_speaks_for_the_organisation_of_his_title(nlp):
    text = ("Hanna Kessler, a researcher at the Stockholm Arms Observatory, tracks the trade. "
            "Kessler said North Korea had shipped artillery shells to Russia.")
    assert [c.claimant for c in _claims(nlp, text)] == ["Stockholm Arms Observatory"]


def test_capitalised_head_word_refers_back_to_the_full_organisation_name(nlp):
    text = ("The Multilateral Sanctions Monitoring Team was set up by eleven states in 2024. "
            "The Team found that the DPRK shipped artillery shells to Russia.")
    assert [c.claimant for c in _claims(nlp, text)] == ["Multilateral Sanctions Monitoring Team"]


def test_government_press_release_speaks_in_its_own_voice(nlp):
    text = ("WASHINGTON — Today, the Department of the Treasury is designating six entities.\n\n"
            "Iran has delivered close-range ballistic missiles to Russia.")
    claims = _claims(nlp, text, "Treasury Press Mirror")
    assert [(c.claimant, c.supplier, c.items) for c in claims] == [("United States", "Iran", ("ballistic missiles",))]


def test_post_headed_by_an_agency_name_is_that_agency_speaking(nlp):
    text = ("⚡️ Defence Intelligence of Ukraine: the DPRK continues to arm the aggressor\n\n"
            "In addition, the North Korean regime continues to supply the russians with 170-mm shells.")
    claims = _claims(nlp, text, "Telegram Mirror")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("Ukraine", "North Korea", "Russia")]


def test_not_ruling_out_a_transfer_is_possible(nlp):
    claims = _claims(nlp, "A State Department official said he would not rule out further ballistic missile "
                          "transfers from Tehran to Moscow this year.")
    assert [(c.claimant, c.supplier, c.certainty) for c in claims] == [("United States", "Iran", "possible")]
    assert claims[0].certainty_cue == "would not rule out"


def test_assessment_named_as_a_document_is_not_a_hedge(nlp):
    text = ("Lithuanian intelligence, in its annual threat assessment, said Belarusian factories had been "
            "supplying Russia with ammunition throughout 2024.")
    claims = _claims(nlp, text)
    assert claims and all(c.certainty == "certain" for c in claims)


def test_condition_put_by_inversion_is_not_a_claim(nlp):
    text = ("Should Russia go further and hand over technology for nuclear-powered submarines, the threat to "
            "Japan would grow sharply. Had Iran supplied the missiles to Russia, Kyiv would have said so.")
    assert _claims(nlp, text) == []


def test_rocket_systems_and_self_propelled_artillery_are_weapons(nlp):
    claims = _claims(nlp, "According to the NIS, Pyongyang sent Russia 120 multiple launch rocket systems "
                          "and self-propelled artillery.")
    assert [c.items for c in claims] == [("munitions",)]


def test_item_in_a_relative_clause_on_the_cargo_is_not_cargo(nlp):
    claims = _claims(nlp, "Seoul says Russia is passing military technology to North Korea that could improve "
                          "the accuracy of its missiles.")
    assert [c.items for c in claims] == [("technology",)]


def test_media_artefact_with_reduced_relative_is_the_claimant(nlp):
    # the parser takes "shared" for the main verb and "claims" for a noun
    claims = _claims(nlp, "A post shared more than 40,000 times on X in late December claims that North Korea "
                          "has sent 100,000 troops to fight alongside Russian forces.", "VerifyDesk")
    assert [(c.claimant.lower().removeprefix("a "), c.items) for c in claims] == [("post", ("troops",))]


def test_units_fighting_abroad_are_troops_sent(nlp):
    claims = _claims(nlp, "In April, Moscow acknowledged that North Korean units had fought in the Kursk region.")
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in claims] == [
        ("Russia", "North Korea", "Russia", ("troops",))]


def test_route_to_hung_on_the_origin_gives_the_recipient(nlp):
    # the parser hangs "to Astrakhan" on "port", the pobj of "from"
    claims = _claims(nlp, "Ukrainian military intelligence says Iranian cargo ships have carried artillery "
                          "ammunition across the sea from the port of Amirabad to Astrakhan since late 2022.")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("Ukraine", "Iran", "Russia")]


def test_refusal_to_confirm_after_a_claim_is_no_follow_up_claim(nlp):
    text = ("DIU says Russia may be transferring missile technology to the DPRK. "
            "We cannot yet confirm that any such technology has been delivered.")
    claims = _claims(nlp, text)
    assert len(claims) == 1 and claims[0].certainty == "possible"


def test_title_written_before_a_name_however_parsed_gives_the_state(nlp):
    text = ("“Iran's transfer of ballistic missiles to Russia is a dangerous escalation,” said Deputy Secretary "
            "of the Treasury Wally Adeyemo.")
    assert [c.claimant for c in _claims(nlp, text)] == ["United States"]


def test_generic_you_is_no_transfer(nlp):
    text = ("Lavrov has said Russia does not receive weapons from North Korea. "
            "But you don't get several million shells out of thin air.")
    assert [(c.claimant, c.stance) for c in _claims(nlp, text)] == [("Russia", "denies")]


def test_the_analysis_is_the_one_whose_owner_was_named_before(nlp):
    text = ("The ship made 60 round trips, a Meridian Wire analysis of satellite imagery shows.\n\n"
            "Those voyages carried munitions from Rajin to the Russian port of Dunai, according to the analysis.")
    claims = _claims(nlp, text, "Meridian Wire")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("Meridian Wire", "North Korea", "Russia")]


def test_anonymous_source_keeps_the_description_after_its_head(nlp):
    claims = _claims(nlp, "North Korea shipped artillery shells to Russia, according to three people familiar "
                          "with Western intelligence assessments.")
    assert [c.claimant for c in claims] == ["three people familiar with Western intelligence assessments"]


def test_material_gathered_by_a_body_is_that_body_speaking(nlp):
    text = ("The Multilateral Sanctions Monitoring Team was set up in 2024. Information obtained by the Team shows "
            "that the Russian Federation supplied the DPRK with Pantsir air defence systems.")
    claims = _claims(nlp, text, "Sanctions Monitor Archive")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [
        ("Multilateral Sanctions Monitoring Team", "Russia", "North Korea")]


def test_sharing_know_how_with_a_state_is_a_transfer_and_the_ministry_in_a_capital_speaks_for_it(nlp):
    claims = _claims(nlp, "The Defense Ministry in Tokyo judges it highly likely that Moscow has already shared "
                          "know-how on satellite launches with Pyongyang.")
    assert [(c.claimant, c.supplier, c.recipient, c.items, c.certainty) for c in claims] == [
        ("Japan", "Russia", "North Korea", ("technology",), "probable")]


def test_fact_check_claim_line_belongs_to_the_source_said_to_make_it(nlp):
    text = ("Claim: North Korea has sent 100,000 soldiers to fight for Russia in Ukraine.\n\n"
            "Verdict: Misleading\n\n"
            "A post shared more than 40,000 times on X claims that North Korea has sent 100,000 troops to Russia.")
    claims = _claims(nlp, text, "VerifyDesk")
    assert len(claims) == 2 and all(c.claimant.lower().removeprefix("a ") == "post" for c in claims)


def test_court_story_indictment_speaks_for_the_state_of_the_dateline(nlp):
    text = ("BROOKLYN, N.Y. — Federal prosecutors on Tuesday unsealed an indictment against three men.\n\n"
            "According to the indictment, the parts were found in Shahed-136 drones that Iran had supplied to Russia.")
    claims = _claims(nlp, text, "Docket Watch")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("United States", "Iran", "Russia")]


def test_conjoined_denial_hung_on_the_reported_clause_is_the_speakers(nlp):
    text = ('RUSI said Russia had bought shells from North Korea. A spokesman for the Russian embassy in London said '
            'the report repeated "baseless speculation" and insisted that Russia was not buying weapons from North Korea.')
    claims = _claims(nlp, text)
    assert [(c.claimant, c.stance) for c in claims][1:] == [("Russia", "denies")]


def test_lower_case_demonym_that_is_an_english_word_is_not_an_actor(nlp):
    doc = nlp("They hope to polish the image of the alliance.")
    assert not [e for e in doc.ents if e.ent_id_]


def test_bare_artillery_is_guns_not_shells(nlp):
    # "artillery" alone is the guns (as "artillery pieces"); ammunition is "artillery shells/rounds"
    claims = _claims(nlp, "Zelensky said that China was supplying gunpowder and artillery to Russia.")
    assert [c.items for c in claims] == [("munitions",)]
    claims = _claims(nlp, "Zelensky said that North Korea was supplying artillery shells to Russia.")
    assert [c.items for c in claims] == [("artillery shells",)]


def test_citation_markers_do_not_join_sentences_and_stay_in_the_quote(nlp):
    # an encyclopedia's "[6]" or a footnote's "²" glued to the full stop: blanked for the parser
    text = ("North Korea's defence ministry denied the report.[5] By March 2024, South Korean defence minister "
            "Shin Won-sik stated that the North had shipped artillery shells to Russia.[6] Analysts agreed.²")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.stance, c.items) for c in claims] == [("South Korea", "asserts", ("artillery shells",))]
    assert claims[0].quote.endswith("to Russia.[6]") and text[claims[0].start : claims[0].end] == claims[0].quote


def test_cargo_received_from_a_supplier_goes_to_the_subject_that_holds_it(nlp):
    # a reduced relative on the object: the subject of the governing verb is the recipient
    claims = _claims(nlp, "Officials said Russia had fired ballistic missiles received from Pyongyang.")
    assert [(c.supplier, c.recipient, c.items) for c in claims] == [("North Korea", "Russia", ("ballistic missiles",))]
    claims = _claims(nlp, "Ukrainian officials said Russian forces fired missiles supplied by Iran.")
    assert [(c.supplier, c.recipient) for c in claims] == [("Iran", "Russia")]


def test_who_makes_an_allegation_is_not_a_party_to_the_transfer(nlp):
    text = ("In January, Peskov dismissed allegations by Kiev that the Russian army was using ballistic missiles "
            "supplied by North Korea.")
    claims = _claims(nlp, text)
    assert sorted((c.claimant, c.stance, c.supplier, c.recipient) for c in claims) == [
        ("Russia", "denies", "North Korea", "Russia"), ("Ukraine", "asserts", "North Korea", "Russia")]


def test_israel_under_its_iranian_state_media_name_and_bombs_as_munitions(nlp):
    claims = _claims(nlp, "Iran's foreign ministry spokesman said the United States had shipped thousands of tons "
                          "of bombs to the Zionist regime.")
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in claims] == [
        ("Iran", "United States", "Israel", ("munitions",))]
    claims = _claims(nlp, "US officials accused Iran of arming Yemen's Ansarullah movement.")
    assert [(c.supplier, c.recipient) for c in claims] == [("Iran", "Houthis")]


def test_vague_plural_source_is_not_an_organisation_named_elsewhere(nlp):
    text = ("[Unofficial translation. In case of discrepancy the Korean original prevails.]\n\n"
            "Some media outlets report that Russia has handed the North technology for its satellites.")
    assert [c.claimant for c in _claims(nlp, text)] == ["some media outlets"]


def test_gerund_in_a_phase_phrase_shares_the_clause_subject(nlp):
    text = ("The United States said that Russia was in the process of purchasing millions of artillery shells "
            "from North Korea.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("North Korea", "Russia")]


def test_the_country_in_a_bodys_statement_is_its_state(nlp):
    text = ("North Korea's defence ministry rejected the report, stating that the country had never exported "
            "weapons or ammunition to Russia.")
    assert [(c.claimant, c.stance, c.supplier, c.recipient) for c in _claims(nlp, text)] == [
        ("North Korea", "denies", "North Korea", "Russia")]


def test_hyphenated_air_defence_is_munitions(nlp):
    text = 'Pyongyang\'s foreign ministry called reports of Russian air-defence deliveries to the North "a fabrication".'
    assert [(c.stance, c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [
        ("denies", "Russia", "North Korea", ("munitions",))]


def test_help_goes_to_the_state_of_the_site_where_the_helped_work(nlp):
    text = ("Two European diplomats said that Iranian technicians could be helping engineers at Alabuga build "
            "the jet-powered version of the Shahed.")
    assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [("Iran", "Russia", ("technology",))]


def test_spokesman_for_an_office_described_only_speaks_for_the_dateline_state(nlp):
    # "a spokesman for the prosecutor's office" in a story filed from a city the gazetteer places
    text = ("VLADIVOSTOK — Ivan Petrov, a spokesman for the prosecutor's office, said on Tuesday that North Korea had "
            "shipped artillery shells to Russia.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Russia", "North Korea", "Russia")]


def test_written_answer_speaks_for_the_government_the_question_was_put_to(nlp):
    text = ("Question for Ministry of Defence\n\nTo ask the Secretary of State for Defence, what assessment he has made "
            "of military cooperation between North Korea and Russia.\n\nAnswered on 13 November 2024\n\n"
            "The Government assesses that North Korea has deployed more than 10,000 troops to Russia.\n\n"
            "Iran has likewise transferred close-range ballistic missiles to Russia.")
    claims = _claims(nlp, text, "Parliamentary Questions Register")
    assert [(c.claimant, c.supplier, c.certainty) for c in claims] == [
        ("United Kingdom", "North Korea", "probable"), ("United Kingdom", "Iran", "certain")]


def test_us_in_capitals_is_the_united_states_not_the_pronoun(nlp):
    text = "Pyongyang rejected US allegations that it was shipping artillery shells to Russia."
    assert sorted((c.claimant, c.stance, c.supplier, c.recipient) for c in _claims(nlp, text)) == [
        ("North Korea", "denies", "North Korea", "Russia"), ("United States", "asserts", "North Korea", "Russia")]


def test_finite_verb_parsed_as_a_compound_keeps_its_object(nlp):
    # the parser hangs "arms" on "Yemen" as a compound; the noun phrase it sits in is its object
    text = "The ministry called baseless Western accusations that Iran arms Yemen's Ansarullah movement."
    assert {(c.supplier, c.recipient) for c in _claims(nlp, text)} == {("Iran", "Houthis")}


def test_owner_of_a_dismissed_claim_asserts_it_when_the_clause_hangs_on_the_verb(nlp):
    text = "A spokesman for Iran's foreign ministry again dismissed US claims that Iran arms Yemen's Houthi rebels."
    assert sorted((c.claimant, c.stance, c.supplier, c.recipient) for c in _claims(nlp, text)) == [
        ("Iran", "denies", "Iran", "Houthis"), ("United States", "asserts", "Iran", "Houthis")]


def test_trailing_verdict_names_the_denier(nlp):
    text = "Ukrainian intelligence says Belarus has handed Russia thousands of artillery shells, a charge Minsk rejects."
    assert sorted((c.claimant, c.stance, c.supplier, c.recipient) for c in _claims(nlp, text)) == [
        ("Belarus", "denies", "Belarus", "Russia"), ("Ukraine", "asserts", "Belarus", "Russia")]
    text = ("The White House says Pyongyang has shipped ballistic missiles to Russia, a claim Moscow and Pyongyang "
            "have repeatedly denied.")
    assert sorted((c.claimant, c.stance) for c in _claims(nlp, text)) == [
        ("North Korea", "denies"), ("Russia", "denies"), ("United States", "asserts")]


def test_reply_that_calls_the_figures_false_denies_the_claim_asked_about(nlp):
    text = ("Asked about the NIS estimate that Pyongyang had shipped eight million shells to Russia, the Kremlin "
            "spokesman said the figure was a fabrication.")
    claims = _claims(nlp, text)
    assert sorted((c.claimant, c.stance, c.certainty, c.supplier, c.recipient) for c in claims) == [
        ("Russia", "denies", "certain", "North Korea", "Russia"),
        ("South Korea", "asserts", "probable", "North Korea", "Russia")]


def test_content_clause_of_a_claim_is_not_controlled_by_the_main_speaker(nlp):
    # "sent" hangs on "claim" as a clause with its own subject: Zakharova is not its supplier
    text = "Asked about the Pentagon's claim that 10,000 soldiers of the DPRK had been sent to Russia, Zakharova said it was a lie."
    assert sorted((c.claimant, c.stance, c.supplier, c.recipient) for c in _claims(nlp, text)) == [
        ("Russia", "denies", "North Korea", "Russia"), ("United States", "asserts", "North Korea", "Russia")]


def test_supplier_fallback_uses_only_transfer_nodes_not_a_city_struck(nlp):
    text = ("A missile hit a residential building in Kharkiv on Tuesday. Ukrainian officials said such missiles "
            "had been delivered to Russia by sea.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == []
    text = ("Satellite images show trains at the Tumangang railhead. Ukrainian officials said such missiles had "
            "been delivered to Russia by rail.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("North Korea", "Russia")]


def test_city_in_the_dateline_places_the_office_and_is_no_site(nlp):
    text = ("KHARKIV — Serhiy Bondar, a spokesman for the Kharkiv regional prosecutor's office, said Russia had "
            "fired more than 20 ballistic missiles received from North Korea at the Kharkiv region.")
    assert [(c.claimant, c.supplier, c.recipient, c.site) for c in _claims(nlp, text)] == [
        ("Ukraine", "North Korea", "Russia", None)]


def test_outlets_own_review_of_shipments_sent_to_a_firm_linked_to_a_site(nlp):
    # "sent" is a reduced relative on the shipments that the parser hangs on "found"; the firm
    # receives for the state of the site it is linked to
    text = ('Our own review of Russian rail records found 41 shipments of artillery shells, declared as "metal '
            'products", sent from North Korea to a logistics firm linked to the Vostochny port in 2024.')
    claims = _claims(nlp, text, "Harbour Review")
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in claims] == [
        ("Harbour Review", "North Korea", "Russia", ("artillery shells",))]
    text = "Officials said Iranian firms had shipped drone parts to a front company in Moscow."
    assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [("Iran", "Russia", ("other",))]


def test_drone_engines_are_drone_parts_not_technology(nlp):
    text = "Western diplomats say Chinese companies have been supplying drone engines to Russian manufacturers."
    assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [("China", "Russia", ("other",))]


def test_rounds_read_as_a_verb_stay_the_cargo_and_launcher_rounds_are_rockets(nlp):
    # the tagger reads the second "rounds" as a verb with its own clause
    text = ("Monitors found that, over the past year, the DPRK shipped at least 5 million rounds of artillery "
            "ammunition and multiple rocket launcher rounds to the Russian Federation.")
    assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [
        ("North Korea", "Russia", ("artillery shells", "rockets"))]
    text = "Officials said North Korea had sent Russia rocket launcher ammunition and artillery shells."
    assert [c.items for c in _claims(nlp, text)] == [("rockets", "artillery shells")]


def test_no_sightings_of_deliveries_is_no_denial(nlp):
    text = ("North Korea has shipped shells to Russia, officials said. No such shipments have been observed at "
            "Rajin since March, analysts said.")
    assert [(c.claimant, c.stance) for c in _claims(nlp, text)] == [("officials", "asserts")]


def test_prediction_of_future_use_is_no_claim(nlp):
    text = ("North Korea has sent 10,000 troops to Russia, the government assesses. It is highly likely that these "
            "troops will be used in combat operations against Ukraine in the coming weeks.")
    assert len(_claims(nlp, text)) == 1
    text = "Officials warned that Russia will fire North Korean missiles at Ukrainian cities this winter."
    assert _claims(nlp, text) == []


def test_his_people_belong_to_the_leader_named_just_before(nlp):
    text = ("Kim Jong Un has sent his soldiers to fight. What does Kim get in return? Russian engineers are very "
            "likely helping his scientists build better satellites.")
    claims = _claims(nlp, text, "Harbour Chronicle")
    assert [(c.supplier, c.recipient, c.items, c.certainty) for c in claims if c.supplier == "Russia"] == [
        ("Russia", "North Korea", ("technology",), "probable")]


def test_rules_see_the_publisher_before_the_claims_component_runs(nlp, monkeypatch):
    """extract_many sets doc._.osint_publisher on each Doc before the pipeline runs, so the claim
    rules can read who publishes the text (a transcript's government, a release's office)."""
    from kg import rules
    from kg.extract import extract_many

    seen = []
    find_claims = rules.find_claims

    def spy(doc, lexicon):
        seen.append(doc._.osint_publisher)
        return find_claims(doc, lexicon)

    monkeypatch.setattr(rules, "find_claims", spy)
    texts = [("North Korea sent shells to Russia, officials said.", "Seoul Ledger", None), ("No claim here.", "", None)]
    out = list(extract_many(nlp, texts))
    assert seen == ["Seoul Ledger", ""]
    assert out[0].claims and out[0].claims[0].supplier == "North Korea"


def test_delegations_speaking_in_turn_speak_for_their_states(nlp):
    """UN meeting summaries: "the representative of X" speaks for X, "her Government" is X, and a
    later "he said" is the representative who spoke last; "could confirm" is no hedge."""
    text = ("The representative of Ukraine told the Council that her Government could confirm that North Korea "
            "had delivered artillery shells to Russia. Russia had also received ballistic missiles from Pyongyang "
            "since January, she said.\n\nThe representative of Japan said his country was concerned. Moscow might be "
            "sharing submarine technology with the DPRK, he said.")
    claims = _claims(nlp, text, "UN Meetings Digest")
    assert [(c.claimant, c.supplier, c.items, c.certainty) for c in claims] == [
        ("Ukraine", "North Korea", ("artillery shells",), "certain"),
        ("Ukraine", "North Korea", ("ballistic missiles",), "certain"),
        ("Japan", "Russia", ("technology",), "possible"),
    ]


def test_unrolled_thread_speaks_for_its_author_and_counts_what_it_tracked(nlp):
    """A thread's author line ("Name @handle · n posts") is who "we" is, not the site that unrolls
    it; "tracked at least 9 trains carrying shells" is a sighting, not the regulation of trade that
    "monitor exports" is; "it" after a ministry that "has not responded" is that ministry's state."""
    text = ("Baltic Rail Watch @balticrailwatch · 5 posts\n\n1/ Since January we have tracked at least 9 trains "
            "carrying shells from Belarus to Russia.\n\n2/ Iran's foreign ministry has not responded to our "
            "questions. In March it rejected reports that Tehran was shipping drones to Russia.")
    claims = _claims(nlp, text, "Thread Reader")
    assert [(c.claimant, c.stance, c.supplier, c.items) for c in claims] == [
        ("Baltic Rail Watch", "asserts", "Belarus", ("artillery shells",)),
        ("Iran", "denies", "Iran", ("other",)),
    ]


def test_interview_guest_labelled_by_surname_speaks_for_the_group_she_heads(nlp):
    """"Kowalczyk:" answers for the organisation the introduction says she heads; the outlet's own
    label ("The Courier:" in The Courier Weekly) is the interviewer."""
    text = ("Marta Kowalczyk heads the Vistula Arms Observatory, a research group in Gdansk. We spoke to her in May.\n\n"
            "The Courier: What is Belarus sending?\n\n"
            "Kowalczyk: Belarus is sending artillery shells to Russia by rail, and the trains have not stopped.")
    claims = _claims(nlp, text, "The Courier Weekly")
    assert [(c.claimant, c.supplier, c.items) for c in claims] == [
        ("Vistula Arms Observatory", "Belarus", ("artillery shells",))]


def test_briefing_spokesman_with_no_state_speaks_for_the_publishers_state(nlp):
    """A transcript label with a government title and no state ("Spokesman Park:") takes the state
    the dateline or the publisher's name places the briefing in; with neither, it stays the label."""
    text = ("Spokesman Park: Good afternoon.\n\nQ: Is the North sending more missiles?\n\n"
            "Spokesman Park: North Korea has shipped more ballistic missiles to Russia this month.")
    assert [c.claimant for c in _claims(nlp, text, "Seoul Briefing Transcripts")] == ["South Korea"]
    assert [c.claimant for c in _claims(nlp, text, "Briefing Transcripts")] == ["Spokesman Park"]


def test_every_state_of_a_coordinated_claimant_claims(nlp):
    """A chain of conjuncts ("Poland, Lithuania and Latvia said") and "the governments of X and Y"
    give one claimant each."""
    text = "Poland, Lithuania and Latvia said in a joint statement that Belarus had sent artillery shells to Russia."
    assert [c.claimant for c in _claims(nlp, text)] == ["Poland", "Lithuania", "Latvia"]
    text = "According to the governments of Japan and South Korea, North Korea has shipped rockets to Russia."
    assert [c.claimant for c in _claims(nlp, text)] == ["Japan", "South Korea"]


def test_excerpt_of_a_white_paper_speaks_for_its_government(nlp):
    """An editorial line "Excerpt from <paper>, the annual white paper of <ministry>" makes the
    paper's impersonal voice ("It is assessed that ...") the government's, not the library's that
    reproduces it; "technology related to missiles" is technology only."""
    text = ("Excerpt from the 2025 Defence White Paper of South Korea, reproduced from the official English "
            "translation.\n\nIt is assessed that Russia may be providing North Korea with technology related to "
            "ballistic missiles.")
    claims = _claims(nlp, text, "Policy Papers Archive")
    assert [(c.claimant, c.supplier, c.items, c.certainty) for c in claims] == [
        ("South Korea", "Russia", ("technology",), "possible")]


def test_ships_from_a_port_unloading_cargo_deliver_to_where_they_unload(nlp):
    """A vehicle's origin ("ships from Rajin") supplies; "unloading ... at Vostochny" delivers to
    the state the unloading port lies in."""
    text = "Local media have reported that ships from Rajin have been unloading crates of ammunition at Vostochny."
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in claims] == [
        ("local media", "North Korea", "Russia", ("munitions",))]


def test_consistent_alone_is_no_hedge(nlp):
    """"consistent with" hedges; a position called "objective and consistent" does not."""
    text = ("The representative of China said Beijing's position was objective and consistent and that it had "
            "never provided lethal weapons to Russia.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.stance, c.certainty) for c in claims] == [("China", "denies", "certain")]


def test_court_case_parties_and_the_council(nlp):
    """A judgment summary: "the applicant" is the first party of the case its first line names, "the
    Council" is the Council of the European Union (not the case name that ends in "Council"), and
    "had no other exports" is an argument, not a denial."""
    text = ("Case T-101/25, Baltic Reefer Shipping v Council of the European Union — Judgment of 3 June 2025\n\n"
            "The applicant denied that its ships had carried North Korean shells to Russia.\n\n"
            "The Council argued that the voyages were consistent with the shipment of shells from North Korea to "
            "Russia, since North Korea had no other exports to Russia at the time.")
    claims = _claims(nlp, text, "Law Digest")
    assert [(c.claimant, c.stance, c.certainty) for c in claims] == [
        ("Baltic Reefer Shipping", "denies", "certain"), ("European Union", "asserts", "probable")]


def test_verdict_on_stories_of_troops_fighting_is_a_denial(nlp):
    """"troops fighting for Russia" inside a noun is troops present there; a speaker who says that
    such stories "were groundless rumours" denies it."""
    text = 'The envoy of North Korea said that stories of DPRK soldiers fighting for Russia were "groundless rumours".'
    claims = _claims(nlp, text)
    assert [(c.claimant, c.stance, c.supplier, c.recipient, c.items) for c in claims] == [
        ("North Korea", "denies", "North Korea", "Russia", ("troops",))]


def test_receiving_shipments_makes_the_receiver_the_recipient(nlp):
    """A transfer noun that is the object of a receiving verb ("received shipments of missiles from
    Iran") is received by the verb's subject, so it does not add a reversed claim; who wants the
    cargo in a relative clause ("technology that Tehran sought") gets it."""
    text = "Officials said Russia had received shipments of ballistic missiles from Iran and would use them soon."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Iran", "Russia")]
    text = "In return, officials said, Moscow was sharing technology that Tehran sought."
    assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [("Russia", "Iran", ("technology",))]


def test_nobody_disputes_is_no_denial(nlp):
    """A denial verb with a negative subject or a negation ("Nobody disputes that", "Tehran does not
    dispute that") denies nothing."""
    for follow in ("Nobody disputes that.", "Tehran does not dispute that."):
        text = f"Analysts said Iran has been arming the Houthis for years. {follow}"
        assert [(c.claimant, c.stance) for c in _claims(nlp, text)] == [("analysts", "asserts")]


def test_condition_on_the_cargo_under_discussion_is_no_follow_up(nlp):
    """"If those troops entered Ukraine, they would be targets" puts a condition on the troops
    already claimed; it restates no transfer."""
    text = ("North Korea has sent 8,000 soldiers to Russia, the minister said. If those troops crossed into "
            "Ukraine, they would be treated as combatants, she added.")
    assert len(_claims(nlp, text)) == 1


def test_troops_paid_for_go_to_the_supplier_and_later_cargo_stays_with_the_deal(nlp):
    """"in return for the troops Pyongyang sent" is a second transfer, to the supplier of the first;
    a later "the equipment had been delivered" is the equipment deal, not the troops claimed last."""
    text = ("Russia has supplied North Korea with air-defence missiles in return for the troops Pyongyang sent, "
            "the adviser said. He said the equipment had been delivered last month.")
    claims = _claims(nlp, text)
    assert [(c.supplier, c.recipient, c.items) for c in claims] == [
        ("Russia", "North Korea", ("munitions",)), ("North Korea", "Russia", ("troops",)),
        ("Russia", "North Korea", ("munitions",))]


def test_seen_launchers_agreeing_with_an_announcement_are_the_observers_claim(nlp):
    """"Iskander launchers" are launchers (munitions), not dropped for the system's name; a free
    relative ("consistent with what Moscow announced") names what was said, not who says the
    sentence, and agreement with a statement is no hedge."""
    text = ("Rail Watch @railwatch · 3 posts\n\n2/ Twice we saw trains with Russian Iskander launchers arriving in "
            "Belarus, consistent with what Moscow announced in March.")
    claims = _claims(nlp, text, "Thread Reader")
    assert [(c.claimant, c.supplier, c.recipient, c.items, c.certainty) for c in claims] == [
        ("Rail Watch", "Russia", "Belarus", ("munitions",), "certain")]


def test_cargo_flowing_to_a_recipient_is_a_transfer(nlp):
    """"flow" with the cargo as subject: its "from" names the supplier, its "to" the recipient, and
    the whole cargo phrase gives the items."""
    text = "Officials noted that semiconductors and machine tools from China continued to flow to Russia's arms makers."
    claims = _claims(nlp, text)
    assert [(c.supplier, c.recipient, c.items) for c in claims] == [("China", "Russia", ("technology",))]


def test_pouring_weapons_into_a_country_supplies_it(nlp):
    text = "The Russian envoy said Washington had poured billions of dollars' worth of weapons into Ukraine."
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in claims] == [
        ("Russia", "United States", "Ukraine", ("munitions",))]


@pytest.mark.parametrize("cargo", [
    "microcontrollers", "satellite-navigation modules", "satellite navigation modules", "navigation modules",
    "electronic components", "electronics"])
def test_electronic_parts_are_technology(nlp, cargo):
    """Electronics shipped for weapons production are technology, like microelectronics and chips."""
    text = f"Trade data show that Chinese suppliers sold {cargo} to Russia's drone factories last year."
    claims = _claims(nlp, text)
    assert [(c.supplier, c.recipient, c.items) for c in claims] == [("China", "Russia", ("technology",))]


def test_a_numbered_consignment_is_one_of_the_deliveries_under_discussion(nlp):
    """An ordinal on a cargo noun ("a first consignment", "another shipment") counts it among the
    deliveries already under discussion, so it carries their cargo."""
    text = ("Washington says Iran has sold Russia Fath-360 ballistic missiles. A diplomat said a first "
            "consignment had been sent to Russia from the port of Bandar Anzali.")
    claims = _claims(nlp, text)
    assert [(c.supplier, c.recipient, c.items) for c in claims][1:] == [("Iran", "Russia", ("ballistic missiles",))]


def test_such_items_take_the_kind_of_their_earlier_mention(nlp):
    """ "such rounds" after "122 mm rocket rounds" are rockets: a demonstrative on a bare item noun
    refers back to the latest mention of the same noun, which says what kind it is."""
    text = ("Investigators recovered 30 unexploded 122 mm rocket rounds near Kharkiv. Ukrainian intelligence officials "
            "said at least 200,000 such rounds had been shipped to Russia by North Korea.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in claims] == [
        ("Ukraine", "North Korea", "Russia", ("rockets",))]


def test_a_charge_in_a_denials_verdict_is_the_deniers_own(nlp):
    """ "rejected the allegations as lies meant to cover up X": the transfer in the verdict is the
    denier's own charge (asserted), and the allegations rejected are the ones against the denier,
    not the return flow claimed last."""
    text = ("The State Department said Iran had shipped ballistic missiles to Russia. It said Russia had given Iran "
            "space technology in return. Iran's foreign ministry rejected the allegations as lies meant to cover up "
            "Washington's own weapons shipments to Israel.")
    claims = [c for c in _claims(nlp, text) if c.claimant == "Iran"]
    assert sorted((c.supplier, c.recipient, c.items, c.stance) for c in claims) == [
        ("Iran", "Russia", ("ballistic missiles",), "denies"),
        ("United States", "Israel", ("munitions",), "asserts")]


def test_reports_of_it_answer_one_allegation(nlp):
    """ "dismissed reports of it": reports about the one transfer "it" stands for, the latest
    alleged, not everything alleged so far."""
    text = ("Seoul says North Korea has sent artillery shells to Russia. It says North Korea has also shipped "
            "122mm rockets to Russia. Pyongyang dismissed reports of it as fabrications.")
    claims = [c for c in _claims(nlp, text) if c.stance == "denies"]
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in claims] == [
        ("North Korea", "North Korea", "Russia", ("rockets",))]


def test_a_bare_deployment_is_of_troops(nlp):
    """ "never acknowledged the deployment, and ... dismissed reports of it": a deployment with no
    cargo named is the troops alleged, even after a later missile claim."""
    text = ("Seoul says North Korea has sent 10,000 troops to Russia. It says North Korea has also shipped ballistic "
            "missiles to Russia. Pyongyang has never acknowledged the deployment, and its ambassador dismissed "
            "reports of it as fabrications.")
    claims = [c for c in _claims(nlp, text) if c.stance == "denies"]
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in claims] == [
        ("North Korea", "North Korea", "Russia", ("troops",))]


def test_foreign_troops_seen_somewhere_are_present_there(nlp):
    """Troops of one state seen in another's territory ("had identified DPRK units at a base in
    Kursk") are troops present there, the observer's own means ("its drones") no cargo; troops not
    seen are absence of evidence, no claim."""
    text = ("Kyiv said its drones had identified DPRK units at a base in Kursk. "
            "We have not seen Iranian soldiers in Russia.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient, c.items, c.stance) for c in claims] == [
        ("Ukraine", "North Korea", "Russia", ("troops",), "asserts")]


def test_an_unknown_carrier_is_no_supplier(nlp):
    """A name the gazetteer does not know that loads or carries cargo ("the freighter Lena Star
    carried shells from Rajin", "Blue Horizon loaded munitions at Amirabad") is the carrier: the
    state where the cargo was taken on supplies it."""
    text = ("Washington says Iran has sent drones to Russia. It cannot be ruled out that the tanker Blue Horizon "
            "loaded munitions at Amirabad. Analysts said the freighter Lena Star carried shells from Rajin to Vostochny.")
    claims = _claims(nlp, text)
    assert [(c.supplier, c.recipient, c.items) for c in claims][1:] == [
        ("Iran", "Russia", ("munitions",)), ("North Korea", "Russia", ("artillery shells",))]


def test_their_delivery_carries_the_items_named_just_before(nlp):
    """The possessive of a transfer noun ("Their delivery by North Korea") is the cargo the
    sentence before named last, and the agent of a passive reporting verb ("was confirmed by
    Ukrainian military intelligence") is the source."""
    text = ("Seoul says North Korea has sent artillery shells to Russia. Investigators in Kharkiv found fragments of 12 "
            "KN-23 ballistic missiles. Their delivery by North Korea was later confirmed by Ukrainian military intelligence.")
    claims = _claims(nlp, text)
    assert (claims[-1].claimant, claims[-1].supplier, claims[-1].recipient, claims[-1].items) == (
        "Ukraine", "North Korea", "Russia", ("ballistic missiles",))


def test_the_agent_of_a_passive_reporting_verb_is_the_source(nlp):
    claims = _claims(nlp, "North Korea's delivery of KN-23 missiles to Russia has been confirmed by the Pentagon.")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("United States", "North Korea", "Russia")]


def test_the_counted_group_takes_the_items_of_the_sentence_that_counted_it(nlp):
    """ "the six were delivered": a definite numeral refers to the group the sentence that counted
    six named (KN-23s), not to the cargo of the last claim (shells)."""
    text = ("Seoul says North Korea has sent artillery shells to Russia. Of the 20 wrecks we examined, six showed "
            "features of the KN-23. We believe the six were delivered to Russia by North Korea.")
    claims = _claims(nlp, text)
    assert [(c.supplier, c.recipient, c.items, c.certainty) for c in claims][1:] == [
        ("North Korea", "Russia", ("ballistic missiles",), "probable")]


def test_trainees_counted_by_a_quantity(nlp):
    """ "Dozens of Russian drone operators were trained in Iran": the quantity's "of" names the
    trainees, whose state gets the know-how."""
    claims = _claims(nlp, "Dozens of Russian drone operators were trained in Iran last year, the Pentagon said.")
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in claims] == [
        ("United States", "Iran", "Russia", ("technology",))]


def test_arrivals_somewhere_that_include_troops(nlp):
    """ "the latest arrivals in Kursk included artillery crews": an arrival at a named place with
    its cargo said is a transfer there (the supplier from the discourse); "the arrival of winter"
    names no cargo and is none."""
    text = ("Seoul says North Korea has sent 3,000 more soldiers to Russia. Kyiv said the latest arrivals in Kursk "
            "included artillery crews and drone operators. The arrival of winter in Moscow was early.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in claims][1:] == [
        ("Ukraine", "North Korea", "Russia", ("troops",))]


def test_a_sentence_whose_own_transfer_is_withheld_restates_nothing(nlp):
    """ "was looking for signs that Russia would give ..., but had not confirmed any such transfer":
    the sentence's own transfer is refused, so "such transfer" does not restate the one under
    discussion either."""
    text = ("Seoul says North Korea has sent troops to Russia. A Japanese official said Tokyo was looking for signs "
            "that Russia would give North Korea submarine technology, but had not confirmed any such transfer.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("South Korea", "North Korea", "Russia")]


def test_watching_for_signs_of_a_transfer_claims_none(nlp):
    text = ("Seoul says North Korea has sent troops to Russia. Shin said Seoul was also watching for signs that "
            "Moscow would hand over technology for spy satellites to Pyongyang.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("South Korea", "North Korea", "Russia")]


def test_declining_to_confirm_is_a_refusal(nlp):
    """ "declined to confirm the deliveries" withholds the confirmation like "did not confirm": no
    claim either way."""
    text = ("Washington says Iran has sent drones to Russia. Kremlin spokesman Dmitry Peskov declined to confirm the "
            "deliveries, saying Iran was a close partner.")
    claims = _claims(nlp, text)
    assert [c.claimant for c in claims] == ["United States"]


def test_dateline_parsed_as_subject_leaves_the_speakers_behind_it(nlp):
    """ "ROME (Test) — Italy, Spain and Greece said ...": the parser hangs the speakers on the
    dateline as an apposition; each of them claims, not the outlet."""
    text = ("ROME (Test Outlet) — Italy, Spain and Greece said on Monday that North Korea had shipped artillery shells "
            "to Russia, and announced new sanctions.")
    claims = _claims(nlp, text)
    assert sorted((c.claimant, c.supplier, c.recipient, c.items) for c in claims) == [
        (name, "North Korea", "Russia", ("artillery shells",)) for name in ("Greece", "Italy", "Spain")]


def test_the_following_statement_speaks_for_its_maker(nlp):
    """ "The following statement was made by the Foreign Secretary ...": an editorial note opening
    the page makes the rest that minister's government's statement, not the outlet's own claim."""
    text = ("The following statement was made by the Foreign Secretary in the House of Commons on Monday.\n\n"
            "Mr Speaker, I can tell the House that the United Kingdom is sending Taurus missiles to Ukraine.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in claims] == [
        ("United Kingdom", "United Kingdom", "Ukraine", ("munitions",))]


def test_a_follow_up_on_missiles_keeps_the_kind_under_discussion(nlp):
    """ "These missiles are now in the country" after Taurus missiles (munitions) refers back to them;
    the bare word no longer makes them ballistic."""
    text = ("Germany said on Monday that it was sending Taurus missiles to Ukraine. These missiles are now in the country, "
            "a ministry spokesman said.")
    claims = _claims(nlp, text)
    assert {c.items for c in claims} == {("munitions",)}


def test_the_following_excerpt_of_a_briefing_has_a_host(nlp):
    """ "The following excerpt from Monday's Pentagon press briefing ...": a podium speaker the
    text does not otherwise place speaks for the briefing's host."""
    text = ("The following excerpt from Tuesday's Pentagon press briefing has been lightly edited.\n\n"
            "MR. OKAFOR: Good morning. We assess that Iran has shipped hundreds of drones to Russia.\n\n"
            "Question: Has Russia paid for them?\n\n"
            "MR. OKAFOR: I won't go into that.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("United States", "Iran", "Russia")]


@pytest.mark.parametrize("text,recipient", [
    ("Seoul says North Korea has sent about 2,000 soldiers to train in eastern Russia.", "Russia"),
    ("Seoul says North Korea has sent about 2,000 soldiers to fight in Ukraine.", None),
])
def test_a_purpose_clause_places_the_people_sent(nlp, text, recipient):
    """ "sent soldiers to train in eastern Russia": where the purpose puts them is the recipient;
    where they are sent to fight is the other side, not a recipient."""
    claims = _claims(nlp, text)
    assert [c.recipient for c in claims if c.recipient == "Ukraine"] == []
    if recipient is not None:
        assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("South Korea", "North Korea", recipient)]


def test_its_ministry_belongs_to_the_state_the_sentence_before_is_about(nlp):
    """ "Pyongyang's line has not changed. On Monday its foreign ministry called the reports lies":
    "its" is the state that owns the subject just before, not the claimant reported last."""
    text = ("Seoul said North Korea had shipped artillery shells to Russia. Pyongyang's line has not changed. "
            "On Monday its foreign ministry called the reports baseless and said it had sent no weapons to anyone.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.stance) for c in claims if c.stance == "denies"] == [("North Korea", "denies")]


def test_a_recording_cited_by_a_speaker_is_not_the_claimant(nlp):
    """ "Activists say a video shows ...": the activists claim; the video is what they point to."""
    text = "Activists say a video shows a convoy carrying Belarusian howitzers across the border into Russia."
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("activists", "Belarus", "Russia")]


def test_a_hyphenated_modifier_stays_in_an_unnamed_claimant(nlp):
    claims = _claims(nlp, "A London-based shipping analyst said North Korea had shipped shells to Russia.")
    assert [c.claimant for c in claims] == ["London-based shipping analyst"]


def test_cargo_seized_before_it_could_arrive_was_on_its_way(nlp):
    """ "seized crates of North Korean shells ... before they could reach Russia": what would have
    arrived is the cargo seized, and the forestalled "could" is no hedge."""
    text = ("A patrol boat seized 40 crates of North Korean shells from a freighter last week before they could "
            "reach Russia, the Pentagon said.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient, c.items, c.certainty) for c in claims] == [
        ("United States", "North Korea", "Russia", ("artillery shells",), "certain")]


@pytest.mark.parametrize("text,expected", [
    ("Minsk and Moscow both deny that Belarus has sent shells to Russia.", ["Belarus", "Russia"]),
    # parsed with "both" as the subject and "Kyiv" hung on it
    ("Kyiv and Washington both say Iran has sent missiles to Russia.", ["Ukraine", "United States"]),
])
def test_a_floating_both_is_no_claimant(nlp, text, expected):
    claims = _claims(nlp, text)
    assert sorted(c.claimant for c in claims) == expected


def test_a_definite_description_takes_the_name_it_comes_from(nlp):
    """ "the experts" after "the UN Panel of Experts": the organisation whose name has the word."""
    text = ("The UN Panel of Experts examined debris in Kyiv last month. In their report, the experts said North Korea "
            "had shipped artillery shells to Russia.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("UN Panel of Experts", "North Korea", "Russia")]


def test_stocks_a_pronoun_owns_belong_to_the_state_just_named(nlp):
    """ "Its arsenal has been topped up with North Korean shells" after a sentence about Moscow: Russia's
    stocks receive them, not the recipient of the transfer discussed before."""
    text = ("Washington has sent HIMARS launchers to Ukraine. Moscow has not run short either. Its arsenal has been "
            "topped up, according to Kyiv, with North Korean shells by the trainload.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient) for c in claims][1:] == [("Ukraine", "North Korea", "Russia")]


@pytest.mark.parametrize("text", [
    "What Kyiv needs most is a steady supply of artillery shells and air-defence interceptors.",
    "The Soviet Union once armed half the world.",
])
def test_needs_and_armed_multitudes_are_no_claims(nlp, text):
    """A pseudo-cleft of need recommends a transfer; "armed half the world" names no party."""
    assert _claims(nlp, "The United States has sent HIMARS launchers to Ukraine. " + text)[1:] == []


def test_a_place_located_by_a_site_supplies_through_it(nlp):
    """ "from a warehouse outside Asipovichy": the warehouse is no actor; the site locating it is in
    Belarus, which supplies."""
    text = "Activists say ten trains have carried artillery shells from a warehouse outside Asipovichy to Russia."
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("activists", "Belarus", "Russia")]


def test_an_according_to_source_names_no_cargo(nlp):
    """The description of an "according to" source ("a group of dock workers") is not cargo."""
    text = ("According to Harbour Watch, a group of dock workers who count the cranes, ships have carried "
            "artillery shells from North Korea to Russia since March.")
    claims = _claims(nlp, text)
    assert [c.items for c in claims] == [("artillery shells",)]


@pytest.mark.parametrize("text,expected", [
    ("Kyiv says several hundred Iranian drones have gone to Russia since May.", ("Ukraine", "Iran", "Russia")),
    ("Kyiv says the drones crossed the Caspian Sea by ferry, from the port of Amirabad to Makhachkala.",
     ("Ukraine", "Iran", "Russia")),
    ("Kyiv says some consignments also travelled by truck to depots near Moscow.", ("Ukraine", "Iran", "Russia")),
    ("Kyiv says the drones were loaded at Amirabad and then crossed the Caspian Sea to Astrakhan.",
     ("Ukraine", "Iran", "Russia")),
    ("Kyiv says half of the shells never go off.", None),
    ("Kyiv says Russian troops crossed into Ukraine at dawn.", None),
])
def test_cargo_that_moves_somewhere(nlp, text, expected):
    """Motion verbs with the cargo as subject ("have gone to Russia", "crossed ... from the port of
    Amirabad to ...", "some consignments travelled to depots near Moscow") are transfers; a phrasal
    "go off" is none, nor is an army on the move ("Russian troops crossed into Ukraine")."""
    claims = _claims(nlp, "Iran has shipped drones to Russia. " + text)[1:]
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == ([expected] if expected else [])


def test_a_denial_after_a_question_label(nlp):
    """ "Question: The Kremlin called the reports ... fake news": the parser hangs the denying verb on
    the label as a clause; it is still the Kremlin's denial."""
    text = ("The Pentagon says North Korea has sent troops to Russia.\n\n"
            "Question: Moscow called the reports of North Korean soldiers in Russia \"a fabrication\" on Friday. Your view?\n\n"
            "MR. LEE: We stand by what we said.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.stance) for c in claims] == [("United States", "asserts"), ("Russia", "denies")]


def test_plural_shipments_carry_all_the_cargo_asserted_that_way(nlp):
    """ "the shipments" after seized "weapons and drone parts" and a later "arming the Houthis": all the
    cargo asserted to go from Iran to the Houthis, not only the latest mention."""
    text = ("The Pentagon said the navy seized Iranian weapons and drone parts last week before they could reach the "
            "Houthis. London said Tehran was arming the Houthis. An analyst said the shipments usually leave from Jask.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in claims][-1] == (
        "analyst", "Iran", "Houthis", ("munitions", "other"))


def test_a_speaker_going_into_detail_moves_no_cargo(nlp):
    """ "I will not go into operational detail" has a speaker, not cargo, as subject: no denial."""
    text = ("The following statement was made by the Foreign Secretary in the House of Commons on Monday.\n\n"
            "The United Kingdom is sending Taurus missiles to Ukraine. Targets will be chosen by the Ukrainian armed "
            "forces, and I will not go into operational detail from this despatch box.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.stance) for c in claims] == [("United Kingdom", "asserts")]


@pytest.mark.parametrize("text", [
    "Minsk has said many times that its soldiers will not fight in Ukraine.",
    "Tehran says it will never send ballistic missiles to Russia.",
])
def test_a_negated_future_is_a_pledge_not_a_denial(nlp, text):
    """ "will not fight in Ukraine", "will never send": a pledge about the future denies no transfer."""
    assert _claims(nlp, "Kyiv says Belarus and Iran are helping Russia. " + text) == []


def test_a_supplier_by_role_and_whoever_depends_on_the_goods(nlp):
    """ "X has overtaken Y as the main supplier of the chips on which Russia's drone plants depend":
    X supplies, and those who depend on the goods receive them."""
    text = ("Analysts say Turkey has overtaken Germany as the main supplier of the machine tools on which Russia's "
            "tank plants depend.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in claims] == [
        ("analysts", "Turkey", "Russia", ("technology",))]


def test_as_reported_by_names_the_source_and_loading_at_a_port_supplies(nlp):
    """ "As first reported by the weekly X, dozens of the missiles were loaded onto ships at the port
    of Amirabad": X is the source, and the port where the cargo was taken on is the supplier's."""
    text = ("Kyiv says Iran has sent Fath-360 missiles to Russia. As first reported in May by the weekly Harbour Gazette, "
            "dozens of the missiles were loaded onto cargo ships at the port of Amirabad.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in claims][1:] == [
        ("Harbour Gazette", "Iran", "Russia", ("ballistic missiles",))]


def test_a_further_contingent_readied_for_shipment(nlp):
    """ "a third contingent is being assembled for shipment": what is readied for the transfer is
    its cargo (a contingent is troops), one more of the transfers under discussion."""
    text = ("Seoul says North Korea has sent 3,000 troops to Russia. Officials in Seoul believe a third contingent is "
            "being assembled for shipment.")
    claims = _claims(nlp, text)
    assert [(c.supplier, c.recipient, c.items, c.certainty) for c in claims][1:] == [
        ("North Korea", "Russia", ("troops",), "probable")]


@pytest.mark.parametrize("text,expected", [
    ("Could the same ships also carry Iranian missiles to Russia? Some Western officials believe they already have.",
     ("some Western officials", "asserts", "probable")),
    ("Has Iran also sent missiles to Russia? Tehran insists it has not.", ("Iran", "denies", "certain")),
])
def test_an_elliptic_predicate_restates_the_transfer_before(nlp, text, expected):
    """ "believe they already have", "insists it has not": the auxiliary stands for the transfer
    the sentence before spoke of (a question too), asserted or denied by its own speaker."""
    claims = _claims(nlp, "Kyiv says Iran has shipped drones to Russia. " + text)[1:]
    assert [(c.claimant, c.stance, c.certainty, c.supplier, c.recipient) for c in claims] == [
        (*expected, "Iran", "Russia")]


def test_its_ministry_tagged_as_a_name_still_belongs_to_the_state_before(nlp):
    """The same reading when the tagger makes "defence ministry" a name of its own."""
    text = ("Kyiv says Iran has sent drones to Russia. Tehran's story keeps changing. Last week its defence ministry "
            "said Iran had never sent any drones to Russia.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.stance) for c in claims] == [("Ukraine", "asserts"), ("Iran", "denies")]


def test_loading_at_a_place_near_a_site_supplies_through_it(nlp):
    text = ("Iran has supplied drones to Russia, Kyiv says. As reported by the Kyiv Independent, some of the drones "
            "were loaded onto aircraft at an airbase near Tehran.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient) for c in claims][1:] == [("Kyiv Independent", "Iran", "Russia")]


def test_a_briefing_transcript_with_one_speaker_label(nlp):
    """A briefing's transcript whose only label is the podium speaker ("SPOKESWOMAN:") speaks for the
    host its opening names, though one label alone does not make other pages transcripts."""
    text = ("The following is an edited transcript of a briefing by the Polish Ministry of National Defence.\n\n"
            "SPOKESWOMAN: Belarus has sent ammunition to Russia, we are certain of it.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("Poland", "Belarus", "Russia")]


@pytest.mark.parametrize("text", [
    "A Russian cargo ship has been ferrying North Korean munitions to Russian ports since August, Seoul said.",
    "Seoul said North Korean ships had transported ammunition to Vladivostok.",
])
def test_a_vessels_flag_names_the_carrier_not_the_supplier(nlp, text):
    """ "A Russian cargo ship has been ferrying North Korean munitions to Russian ports": the flag is
    the carrier's and the cargo's origin supplies; with no origin on the cargo the flag still does."""
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("South Korea", "North Korea", "Russia")]


def test_cargo_waiting_at_a_site_bound_elsewhere(nlp):
    """ "hundreds of containers at Rajin bound for Russia": the site where the cargo waits supplies."""
    text = "Kyiv says satellite images show hundreds of containers at Rajin bound for Russia."
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("Ukraine", "North Korea", "Russia")]


def test_his_country_in_a_supplier_slot_is_the_speakers_state(nlp):
    """ "Iran's defence minister said his country had delivered no missiles to Russia": "his country"
    supplies as the speaker's state (as "his Government" claims)."""
    claims = _claims(nlp, "Iran's defence minister said his country had delivered no missiles to Russia.")
    assert [(c.claimant, c.supplier, c.recipient, c.stance) for c in claims] == [("Iran", "Iran", "Russia", "denies")]


def test_payment_in_kind_hung_on_what_is_paid_for(nlp):
    """ "is paying North Korea for its shells with food, oil and military technology": the parser
    hangs "with" on the shells; the payment in kind is still a transfer to the payee, and what it
    buys goes the other way."""
    text = "Russia is paying North Korea for its shells with food, oil and military technology, Seoul says."
    claims = _claims(nlp, text)
    assert sorted((c.claimant, c.supplier, c.recipient, c.items) for c in claims) == [
        ("South Korea", "North Korea", "Russia", ("artillery shells",)),
        ("South Korea", "Russia", "North Korea", ("technology",))]


@pytest.mark.parametrize("text,items", [
    ("Kyiv says Russia received 40 KN-23s from North Korea.", ("ballistic missiles",)),
    ("Kyiv says Russia received dozens of Fath-360s from Iran.", ("ballistic missiles",)),
])
def test_plural_designations_are_items(nlp, text, items):
    """ "KN-23s", "Fath-360s": the plural of a designation the lemmatizer leaves alone is the item."""
    assert [c.items for c in _claims(nlp, text)] == [items]


def test_hansard_speaker_lines_give_the_minister_his_state_and_members_their_names(nlp):
    """A Hansard record gives each speaker a line of his own: the minister whose title names a
    government office speaks for its state (also on later lines with his name alone, and as "we"),
    a member speaks for himself, by name, and his "our" is the country of the parliament."""
    text = ("Iran: Arms Transfers\n\n"
            "The Minister of State, Foreign, Commonwealth and Development Office (Lord Ashby of Fenwick) (Lab)\n\n"
            "My Lords, we judge that Iran has sent hundreds of drones to Russia.\n\n"
            "Lady Merriott of Calne (Con)\n\n"
            "My Lords, Iran is also shipping artillery shells to Russia, and our own shipments of ammunition to Ukraine are late.\n\n"
            "Lord Ashby of Fenwick (Lab)\n\n"
            "My Lords, Iran has delivered ballistic missiles to Russia.")
    claims = _claims(nlp, text)
    assert sorted((c.claimant, c.supplier, c.recipient) for c in claims) == [
        ("Lady Merriott of Calne", "Iran", "Russia"), ("Lady Merriott of Calne", "United Kingdom", "Ukraine"),
        ("United Kingdom", "Iran", "Russia"), ("United Kingdom", "Iran", "Russia")]


def test_european_parliament_speakers_open_their_paragraphs(nlp):
    """The European Parliament's verbatim report opens a speech with its speaker before a dash: the
    High Representative speaks for the Union, a member for himself, and a speech runs on into the
    paragraphs that follow until the next speaker."""
    text = ("President. – The next item is the debate on Iran.\n\n"
            "Josep Mendel, High Representative of the Union for Foreign Affairs and Security Policy. – Madam President, thank you.\n\n"
            "Iran has shipped ballistic missiles to Russia.\n\n"
            "Anna Kowalczyk-Berg, on behalf of the Greens/EFA Group. – Madam President, Iran has also sent drones to Russia.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [
        ("European Union", "Iran", "Russia"), ("Anna Kowalczyk-Berg", "Iran", "Russia")]


def test_a_government_update_reproduced_speaks_in_its_publishers_voice(nlp):
    """ "The following is the X update ... published by the UK Ministry of Defence": the update's
    unattributed findings and its own unit named in the opening ("X assesses") are the state's."""
    text = ("The following is the Threat Assessment Cell update on the war published by the UK Ministry of Defence on 2 May 2025.\n\n"
            "1. The Threat Assessment Cell assesses that Iran has supplied Russia with ballistic missiles.\n\n"
            "2. Iran has highly likely also sent drones to Russia.")
    claims = _claims(nlp, text, "Policy Digest")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [
        ("United Kingdom", "Iran", "Russia"), ("United Kingdom", "Iran", "Russia")]


def test_a_denial_under_a_control_verb_is_its_subjects(nlp):
    """ "Iranian officials have continued to reject the reports": the denying infinitive has no
    subject of its own; the controller's is the denier."""
    text = "Iran has sent drones to Russia, Kyiv says. Iranian officials have continued to reject the reports as lies."
    claims = _claims(nlp, text)
    assert [(c.claimant, c.stance) for c in claims] == [("Ukraine", "asserts"), ("Iran", "denies")]


@pytest.mark.parametrize("text,claimant", [
    ("SEOUL, May 3 (PWS) — North Korea has shipped more artillery shells to Russia, the defence ministry said.", "South Korea"),
    ("SEOUL, May 3 (PWS) — A presidential official said North Korea had shipped more artillery shells to Russia.", "South Korea"),
    ("SEOUL, May 3 (PWS) — A former defence official said North Korea had shipped more artillery shells to Russia.",
     "former defence official"),
    # any ministry named by its function, not only defence and foreign affairs
    ("BERLIN — Germany exported arms worth 326 million euros to Israel in 2023, the economy ministry said.", "Germany"),
    ("BERLIN — Germany exported arms worth 326 million euros to Israel in 2023, the trade ministry said.", "Germany"),
])
def test_an_office_named_by_its_function_serves_the_datelines_state(nlp, text, claimant):
    """ "the defence ministry", "a presidential official" with no nationality, in a story filed from
    Seoul, speak for South Korea; a former official does not."""
    assert [c.claimant for c in _claims(nlp, text)] == [claimant]


def test_an_office_named_by_function_after_a_state_subject_is_that_states(nlp):
    """ "SEOUL — Iran rejected the report. The Foreign Ministry said ...": the state the sentence
    before has as its subject comes before the dateline's."""
    text = "SEOUL — Iran rejected the report on Monday. The Foreign Ministry said Iran had sent no drones to Russia."
    assert [(c.claimant, c.stance) for c in _claims(nlp, text)] == [("Iran", "denies")]


def test_secretary_austin_speaks_for_the_united_states(nlp):
    claims = _claims(nlp, "Secretary Austin said Iran had sent ballistic missiles to Russia.")
    assert [c.claimant for c in claims] == ["United States"]


def test_fact_check_headings_in_capitals_are_not_speakers(nlp):
    """ "CLAIM:", "RATING:", "WHAT WE FOUND:" head a fact-check's sections; in capitals they are no
    transcript labels, so the claim checked is the source's that the article names."""
    text = ("CLAIM: Iran has sent 200 tanks to Russia.\n\nRATING: False\n\nWHAT WE FOUND: There is no evidence for it.\n\n"
            "A video viewed 10,000 times says that Iran has sent 200 tanks to Russia.")
    assert [c.claimant for c in _claims(nlp, text)] == ["video", "video"]


def test_a_report_in_a_named_outlet_is_the_outlets(nlp):
    """ "According to a report on Monday in the Lisbon weekly Diario Atlantico": the outlet named."""
    text = "According to a report on Monday in the Lisbon weekly Diario Atlantico, Iran has sent drones to Russia."
    assert [c.claimant for c in _claims(nlp, text)] == ["Diario Atlantico"]


def test_the_head_of_state_speaks_for_the_datelines_state(nlp):
    text = "MINSK, 3 May (MTA) – Speaking at a meeting, the head of state said Russia had delivered new air defence systems to Belarus."
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Belarus", "Russia", "Belarus")]


def test_neither_party_acknowledging_is_no_claim(nlp):
    """ "Neither Tehran nor Moscow has confirmed that ...": a refusal by both, like "has not confirmed"."""
    assert _claims(nlp, "Neither Tehran nor Moscow has confirmed that Iranian drones were sent to Russia.") == []


def test_a_receiver_denies_what_it_is_said_to_receive(nlp):
    """ "Russian officials dismissed the reports": with no transfer of Russia's own to deny, the
    reports are those of what Russia receives, not the claim made last."""
    text = ("Kyiv says North Korea has sent troops to Russia. Zelensky said Ukraine had received new tanks from Germany. "
            "Russian officials dismissed the reports as propaganda.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient, c.stance) for c in claims][-1] == ("Russia", "North Korea", "Russia", "denies")


def test_a_deployment_to_a_state_is_a_transfer(nlp):
    """ "the deployment of North Korean troops to Russia": the host named with "to" as with "in"."""
    claims = _claims(nlp, "Seoul said the deployment of North Korean troops to Russia was illegal.")
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in claims] == [("South Korea", "North Korea", "Russia", ("troops",))]


def test_a_korean_ministers_family_name_keeps_the_state_of_his_title(nlp):
    """ "Republic of Korea (ROK) Minister of Foreign Affairs Cho Tae-yul ... Minister Cho said": the
    title with a parenthesised acronym names his state, and a Korean name gives the family name first."""
    text = ("Secretary Blinken met Republic of Korea (ROK) Minister of Foreign Affairs Cho Tae-yul on Monday.\n\n"
            "Minister Cho said North Korea had shipped artillery shells to Russia.")
    assert [c.claimant for c in _claims(nlp, text)] == ["South Korea"]


def test_a_known_officials_title_names_him_later(nlp):
    """ "Secretary Austin said ... The Secretary added": the title refers back to him, not to the
    person named last."""
    text = ("Secretary Austin said the talks had gone well. Foreign Minister Ana Lopes said the same. "
            "The Secretary added that Iran had sent drones to Russia.")
    assert [c.claimant for c in _claims(nlp, text)] == ["United States"]


def test_he_after_a_sentence_whose_subject_is_a_person_is_that_person(nlp):
    """ "Last week Prime Minister Denys Shmyhal went further. For the first time he said ...": "he" is
    the subject of the sentence before, not the speaker reported last."""
    text = ("A month ago, Secretary of State Antony Blinken said Iran was sending drones to Russia. "
            "Last week Ukrainian Foreign Minister Dmytro Kuleba went further. "
            "For the first time he said Iran had sent ballistic missiles to Russia.")
    assert [c.claimant for c in _claims(nlp, text)] == ["United States", "Ukraine"]


def test_linking_one_thing_to_a_transfer_asserts_the_transfer(nlp):
    """ "US officials have linked the deliveries to Iran's supply of drones to Russia": the subject
    asserts the transfer it links to."""
    claims = _claims(nlp, "US officials have linked the deliveries to Iran's supply of drones to Russia.")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("United States", "Iran", "Russia")]


def test_a_content_clause_parsed_as_a_relative_clause_on_the_source(nlp):
    """ "statements by Ukrainian military intelligence that Iran had sent drones": the parser hangs
    the "that" clause on the source as a relative clause; with its own subject it is what the
    source says, and the denier answering it denies."""
    text = ("Commenting on statements by Ukrainian military intelligence that Iran had sent drones to Russia, "
            "the Iranian foreign ministry called them fabrications.")
    claims = _claims(nlp, text)
    assert sorted((c.claimant, c.stance) for c in claims) == [("Iran", "denies"), ("Ukraine", "asserts")]


def test_a_conjoined_clause_with_its_own_subject_denies_too(nlp):
    """ "Russian officials dismissed the reports ..., and Pyongyang's envoy called them groundless
    rumours": two deniers of the transfer under discussion."""
    text = ("Kyiv says North Korea has sent troops to Russia. Russian officials dismissed the reports as Western "
            "propaganda, and Pyongyang's ambassador in Geneva called them groundless rumours.")
    claims = _claims(nlp, text)
    assert sorted((c.claimant, c.stance) for c in claims) == [
        ("North Korea", "denies"), ("Russia", "denies"), ("Ukraine", "asserts")]


def test_a_conjoined_clause_saying_much_the_same_is_a_second_claimant(nlp):
    """ "Kirby said ..., and several European governments have said much the same since": the
    second subject claims the same transfer (the guide's two claimants in one sentence)."""
    text = ("Last spring, Kirby said Iran was the main supplier of drones to Russia, "
            "and several European governments have said much the same since.")
    claims = _claims(nlp, text)
    assert sorted(c.claimant for c in claims) == ["United States", "several European governments"]


def test_people_i_have_spoken_to_are_the_claimants(nlp):
    """ "Diplomats I have spoken to say ...": the parser hangs "say" under the relative clause; the
    speakers are the diplomats, not the correspondent."""
    claims = _claims(nlp, "Diplomats I have spoken to say Iran may send Russia ballistic missiles.")
    assert [c.claimant for c in claims] == ["diplomats"]


def test_a_clause_before_a_semicolon_is_not_reported_by_the_clause_after(nlp):
    """ "It is possible that drones are reaching Russia from Iranian factories; two Ukrainian
    officials told us they had recovered airframes ...": the first clause is the outlet's own, not
    the complement of "told" that the parser hangs it on."""
    text = ("It is possible, however, that complete drones are reaching Russia from Iranian factories through "
            "intermediaries in the Caucasus; two Ukrainian officials told us they had recovered airframes whose "
            "serial numbers point to a plant in Isfahan.")
    claims = _claims(nlp, text, "Harbour Review")
    assert [(c.claimant, c.certainty) for c in claims] == [("Harbour Review", "possible")]


def test_said_the_same_since_parsed_as_a_modifier(nlp):
    """ "..., and Nordic intelligence services have said much the same since": "same" hung on
    "since" still makes the clause a repetition."""
    text = ("Two years ago, Secretary of State Antony Blinken said Iran was the main supplier of drones to Russia, "
            "and Nordic intelligence services have said much the same since.")
    assert sorted(c.claimant for c in _claims(nlp, text)) == ["Nordic intelligence services", "United States"]


def test_it_opening_a_sentence_is_the_state_subject_before(nlp):
    """ "Four years on, Russia is not fighting alone. It receives shells from North Korea.": "it" in
    a role slot is the state the sentence before has as its subject."""
    text = "Four years on, Russia is not fighting alone. It receives artillery shells from North Korea."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("North Korea", "Russia")]


def test_any_of_them_is_no_speaker(nlp):
    """ "The company denied that any of its ships had carried weapons and maintained that the crates
    loaded at Rajin held fertiliser": the parser conjoins "maintained" with "carried"; "any of its
    ships" is what is denied, not who maintains."""
    text = ("Seoul says North Korea shipped shells to Russia on the Sofia. The company denied that any of its ships "
            "had carried weapons to Russia and maintained that the crates loaded at Rajin held fertiliser.")
    assert all(c.claimant != "any" for c in _claims(nlp, text))


@pytest.mark.parametrize("speaker, claimant", [
    ("the Institute for the Study of War", "Institute for the Study of War"),
    ("South Korea's National Intelligence Service", "South Korea"),
])
def test_speaker_after_the_content_parsed_as_its_conjunct(nlp, speaker, claimant):
    # the small model joins a speaker named after the content to its last noun ("Russia, the
    # Institute ...": conj), and leaves the reporting verb with no subject
    claims = _claims(nlp, f"North Korea has shipped millions of artillery shells to Russia, {speaker} told reporters.")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [(claimant, "North Korea", "Russia")]


def test_reporting_verb_joined_to_the_content_without_and_takes_the_speaker_before_it(nlp):
    text = ("Iran has delivered Fath-360 ballistic missiles to Russia, John Kirby, the White House national security "
            "spokesman, said in a statement on Monday.")
    assert [(c.claimant, c.supplier) for c in _claims(nlp, text)] == [("United States", "Iran")]


def test_it_added_after_the_content_does_not_refer_into_it(nlp):
    text = "The State Department spoke on Monday. Iran has delivered Fath-360 ballistic missiles to Russia, it added."
    assert [(c.claimant, c.supplier) for c in _claims(nlp, text)] == [("United States", "Iran")]


def test_gerund_tagged_as_a_noun_before_a_quantity_is_the_transfer_verb(nlp):
    # "shipping" before "millions of" is tagged NOUN; the accused is its doer
    text = "The State Department accused North Korea of shipping millions of artillery shells to Russia."
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in claims] == [
        ("United States", "North Korea", "Russia", ("artillery shells",))]


@pytest.mark.parametrize("text, claimant, stance", [
    ("The State Department condemned the deployment of North Korean soldiers to Russia.", "United States", "asserts"),
    ("Pyongyang denied the deployment of about 10,000 North Korean soldiers to Russia.", "North Korea", "denies"),
])
def test_deployment_whose_destination_the_parser_hung_on_the_verb(nlp, text, claimant, stance):
    claims = _claims(nlp, text)
    assert [(c.claimant, c.stance, c.supplier, c.recipient, c.items) for c in claims] == [
        (claimant, stance, "North Korea", "Russia", ("troops",))]


def test_pronoun_takes_its_antecedent_as_the_subject_is_read(nlp):
    claims = _claims(nlp, "Britain's Ministry of Defence said it believed Iran has delivered ballistic missiles to Russia.")
    assert [(c.claimant, c.certainty) for c in claims] == [("United Kingdom", "probable")]


def test_destination_hung_on_what_a_quantity_counts(nlp):
    text = ("South Korea's Joint Chiefs of Staff told Reuters that Germany has handed over tens of thousands of "
            "155mm artillery rounds to Ukraine.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("South Korea", "Germany", "Ukraine")]


def test_reportedly_on_the_reporting_verb_is_no_hedge(nlp):
    # GUIDE.md: a reporter's distance from a report does not lower the claimant's certainty
    claims = _claims(nlp, "Ukrainian President Volodymyr Zelensky reportedly said that China has supplied Russia with drone engines.")
    assert [(c.claimant, c.certainty, c.certainty_cue) for c in claims] == [("Ukraine", "certain", None)]


@pytest.mark.parametrize("text", [
    "Reuters, citing Japan's Defense Ministry, reported that Iran has been sending Shahed attack drones to Russia.",
    "Iran has been sending Shahed attack drones to Russia, Yonhap news agency reported, citing Japan's Defense Ministry.",
])
def test_an_echo_citing_a_source_is_the_source_s_claim(nlp, text):
    # GUIDE.md: the claimant of an echoed claim is the original source
    assert [(c.claimant, c.supplier) for c in _claims(nlp, text)] == [("Japan", "Iran")]


@pytest.mark.parametrize("text, claimant", [
    ("The State Department, citing declassified intelligence, said North Korea had sent ballistic missiles to Russia.",
     "United States"),
    ("Senior administration officials, citing intelligence, said North Korea had sent ballistic missiles to Russia.",
     "senior administration officials"),
])
def test_citing_a_thing_leaves_the_speaker_the_claimant(nlp, text, claimant):
    assert [c.claimant for c in _claims(nlp, text)] == [claimant]


def test_no_doubt_that_is_a_booster_not_a_denial(nlp):
    text = "Japan's Defense Ministry said there was no doubt that Iran has been sending Shahed attack drones to Russia."
    assert [(c.claimant, c.stance, c.certainty) for c in _claims(nlp, text)] == [("Japan", "asserts", "certain")]


@pytest.mark.parametrize("text", [
    "Japan's Defense Ministry would neither confirm nor deny that Iran has been sending Shahed attack drones to Russia.",
    "Japan's Defense Ministry said there was nothing to indicate that Iran has been sending Shahed attack drones to Russia.",
])
def test_refusal_either_way_and_absence_of_evidence_are_no_claims(nlp, text):
    assert _claims(nlp, text) == []


@pytest.mark.parametrize("text", [
    "\u201cThere is no truth\u201d to reports that Pyongyang has provided Moscow with KN-23 ballistic missiles, KCNA said.",
    "In response to reports that Pyongyang has provided Moscow with KN-23 ballistic missiles, KCNA said they were \u201cpure fiction.\u201d",
    "KCNA said there had been no such deliveries, responding to reports that Pyongyang has provided Moscow with KN-23 ballistic missiles.",
    "KCNA denounced as \u201cslander\u201d claims of the transfer of KN-23 ballistic missiles from North Korea to Russia.",
])
def test_reports_the_speaker_calls_false_are_denied(nlp, text):
    assert [(c.claimant, c.stance, c.supplier, c.recipient) for c in _claims(nlp, text)] == [
        ("North Korea", "denies", "North Korea", "Russia")]


@pytest.mark.parametrize("text, claimant, certainty", [
    ("In the assessment of Japan's Defense Ministry, Iran has been sending Shahed attack drones to Russia.", "Japan", "probable"),
    ("In Seoul's view, Iran has been sending Shahed attack drones to Russia.", "South Korea", "certain"),
])
def test_in_the_assessment_of_names_the_claimant(nlp, text, claimant, certainty):
    # "assess" is a hedge (GUIDE.md); "in his government's view" is attribution only (dev10)
    assert [(c.claimant, c.certainty) for c in _claims(nlp, text)] == [(claimant, certainty)]


def test_documents_a_speaker_obtained_show_what_the_speaker_claims(nlp):
    text = "Japan's Defense Ministry said documents it had obtained showed that Iran has been sending Shahed drones to Russia."
    assert [c.claimant for c in _claims(nlp, text)] == ["Japan"]


def test_subject_before_an_inserted_said_is_the_transfer_s(nlp):
    text = "North Korea, Ukrainian President Volodymyr Zelensky said, has provided Moscow with dozens of KN-23 ballistic missiles."
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Ukraine", "North Korea", "Russia")]


@pytest.mark.parametrize("text, claimant", [
    ("According to a statement from the International Institute for Strategic Studies released on Monday, the war has "
     "become a contest of supply lines. The statement also said North Korea has shipped rockets to Russia.",
     "International Institute for Strategic Studies"),
    ("Western officials presented an assessment on Tuesday that described the war as a contest of industrial capacity. "
     "It also found that North Korea has shipped rockets to Russia.", "western officials"),
])
def test_a_document_named_before_speaks_for_its_author(nlp, text, claimant):
    claims = [c for c in _claims(nlp, text) if c.supplier == "North Korea"]
    assert [c.claimant for c in claims] == [claimant]


def test_quotation_paragraph_after_a_colon_is_the_introducer_s(nlp):
    text = ("Conflict Armament Research, a British investigative group, put it bluntly on Thursday:\n\n"
            "\u201cNorth Korea has shipped thousands of 240mm rockets to Russia, and the world should not look away.\u201d")
    assert [c.claimant for c in _claims(nlp, text)] == ["Conflict Armament Research"]


@pytest.mark.parametrize("text, claimant", [
    ("Western officials weighed in on Wednesday as fighting intensified around Pokrovsk. The officials said North Korea "
     "has shipped thousands of 240mm rockets to Russia.", "western officials"),
    ("LONDON, Nov 4 (Harbour Wire) - Japanese Defence Minister Minoru Kihara said on Monday that the war had entered a new "
     "phase.\n\nNorth Korea has shipped thousands of 240mm rockets to Russia, the minister said.", "Japan"),
    ("Belarusian Hajun, a monitoring group run by exiled Belarusians, tracks trains. The group says ammunition has been "
     "sent from Belarus to Russia.", "Belarusian Hajun"),
])
def test_a_definite_description_refers_to_whom_it_introduced(nlp, text, claimant):
    claims = [c for c in _claims(nlp, text) if c.recipient == "Russia"]
    assert [c.claimant for c in claims] == [claimant]


def test_a_plural_pronoun_cargo_takes_the_items_named_before_it(nlp):
    # (a recipient "it" there, "sent it millions of them", is left to the discourse: dev9-04)
    text = ("The minister said Russia was running short of artillery. When Russia needs more shells, it turns to "
            "Pyongyang, which has already sent Moscow millions of them.")
    claims = [c for c in _claims(nlp, text) if c.supplier == "North Korea"]
    assert [(c.recipient, c.items) for c in claims] == [("Russia", ("artillery shells",))]


def test_a_pronoun_cargo_of_a_verb_that_only_carries_or_uses_is_no_transfer(nlp):
    text = ("Russia received Fath-360 missiles from Iran, Blinken said. He said Moscow could use them in Ukraine "
            "within weeks and that they were then carried by rail to a depot near Tikhoretsk.")
    assert all(c.items == ("ballistic missiles",) for c in _claims(nlp, text))


@pytest.mark.parametrize("text, supplier, recipient", [
    ("The State Department pointed to Russia's purchases of Shahed-136 drones from Iran.", "Iran", "Russia"),
    ("The State Department pointed to Moscow's acquisition of Mohajer-6 drones from Tehran.", "Iran", "Russia"),
    ("The State Department pointed to the flow of drone components from Beijing to Moscow.", "China", "Russia"),
])
def test_purchase_and_motion_nouns(nlp, text, supplier, recipient):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("United States", supplier, recipient)]


@pytest.mark.parametrize("text", [
    "Not everyone is convinced the flows will last.",
    "A report described the movements of the vessel Lady Anastasia in the Baltic.",
])
def test_motion_nouns_without_cargo_and_ends_are_no_transfer(nlp, text):
    assert _claims(nlp, text) == []


def test_received_from_hung_deeper_and_the_recipient_s_own_possessive(nlp):
    text = "The State Department said that Ukraine has received more rockets for its HIMARS launchers from the United States."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("United States", "Ukraine")]


def test_quoted_as_saying_after_the_content_is_the_quoted_s(nlp):
    text = "North Korea has shipped thousands of 240mm rockets to Russia, Reuters quoted Conflict Armament Research as saying."
    assert [c.claimant for c in _claims(nlp, text)] == ["Conflict Armament Research"]


def test_they_refers_to_the_plural_subject_before(nlp):
    text = ("The war in Ukraine has drawn in suppliers from several continents. Western officials did not mince words. "
            "\u201cNorth Korea has shipped thousands of 240mm rockets to Russia. The evidence is overwhelming,\u201d they said.")
    assert [c.claimant for c in _claims(nlp, text)] == ["western officials"]


def test_the_according_to_source_is_no_party_to_the_transfer(nlp):
    text = "According to the State Department, China has exported engines for Garpiya attack drones to Russia."
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("United States", "China", "Russia")]


def test_an_indirect_object_parsed_as_a_compound_of_the_object_receives(nlp):
    text = "According to the State Department, Russia has given North Korea satellite technology."
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("United States", "Russia", "North Korea")]


def test_passive_supplied_with_by_the_subject_receives(nlp):
    text = "The State Department said that Russia has been supplied with artillery ammunition by Iran."
    assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [("Iran", "Russia", ("artillery shells",))]


def test_came_from_with_the_users_of_the_cargo_as_recipient(nlp):
    text = "The State Department said that the shells Russian gunners fired near Pokrovsk last month came from North Korea."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("North Korea", "Russia")]


def test_parts_for_drones_are_other_like_the_drones(nlp):
    text = "The State Department said that Iran has sent Russia engines and other components for Shahed drones."
    assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [("Iran", "Russia", ("other",))]


def test_quotation_speaker_the_tagger_took_for_a_verb(nlp):
    text = ("The war in Ukraine has drawn in suppliers from several continents.\n\n\u201cWe are watching this very closely,\u201d "
            "SIPRI said. \u201cNorth Korea has shipped thousands of 240mm rockets to Russia.\u201d")
    assert [c.claimant for c in _claims(nlp, text, "Harbour Wire")] == ["Stockholm International Peace Research Institute"]


def test_any_decision_to_supply_that_would_be_watched_is_a_hypothetical(nlp):
    text = ("Japan's Defense Ministry said any decision by North Korea to start providing Moscow with KN-23 ballistic "
            "missiles would be closely watched.")
    assert _claims(nlp, text) == []


# --- page voice (GUIDE.md, "Page voice") ------------------------------------------------------------

@pytest.mark.parametrize("publisher,state", [
    ("Ministry of Foreign Affairs of the Russian Federation", "Russia"),
    ("Embassy of Ukraine in Japan", "Ukraine"),
    ("U.S. Department of State", "United States"),
    ("UK Ministry of Defence", "United Kingdom"),
    ("Permanent Mission of Ukraine to the United Nations", "Ukraine"),
    ("Government Press Office of Israel", "Israel"),
    ("Presidential Information Office of Ukraine", "Ukraine"),
])
def test_government_body_page_speaks_for_its_state(nlp, publisher, state):
    text = ("Foreign suppliers of the war\n\n"
            "North Korea has shipped millions of artillery shells to Russia.")
    claims = _claims(nlp, text, publisher=publisher)
    assert [(c.claimant, c.claimant_kind) for c in claims] == [(state, "named")]


@pytest.mark.parametrize("publisher", ["Kyiv Independent", "Moscow Times", "Korea Herald", "Harbour Wire"])
def test_outlet_named_after_a_place_keeps_its_own_voice(nlp, publisher):
    claims = _claims(nlp, "North Korea has shipped millions of artillery shells to Russia.", publisher=publisher)
    assert [(c.claimant, c.claimant_kind) for c in claims] == [(publisher, "reporter")]


def test_reproduced_statement_is_its_authors_up_to_the_pages_own_section(nlp):
    text = ("KCNA released the following statement by Kim Yo Jong on Thursday:\n\n"
            "The U.S. keeps shipping lethal weapons to Ukraine, adding fuel to the fire.\n\n"
            "The DPRK has never exported weapons to Russia and has no plan to do so.\n\n"
            "Background\n\n"
            "North Korea has sent more than 10,000 troops to Russia.")
    claims = _claims(nlp, text, publisher="Pyongyang Watch")
    got = {(c.claimant, c.supplier, c.recipient, c.stance) for c in claims}
    assert got == {("North Korea", "United States", "Ukraine", "asserts"),
                   ("North Korea", "North Korea", "Russia", "denies"),
                   ("Pyongyang Watch", "North Korea", "Russia", "asserts")}


def test_editors_note_after_a_statement_is_the_outlets(nlp):
    text = ("Statement by the Spokesperson of the Ministry of Foreign Affairs of Iran\n\n"
            "Iran has not sent any ballistic missiles to Russia.\n\n"
            "Editor's note\n\n"
            "Iran has supplied Shahed drones to Russia since 2022.")
    claims = _claims(nlp, text, publisher="Tehran Monitor")
    got = {(c.claimant, c.stance) for c in claims}
    assert got == {("Iran", "denies"), ("Tehran Monitor", "asserts")}


@pytest.mark.parametrize("text,items", [
    ("Iran has supplied Russia with gunpowder and explosives, Ukrainian officials said.", ["munitions"]),
    ("The United States has sent NASAMS and HIMARS to Ukraine, the Pentagon said.", ["munitions"]),
    ("Turkey delivered Bayraktar TB2 drones to Ukraine, officials said.", ["other"]),
    ("Russia has sent mercenaries to Mali, French officials said.", ["troops"]),
])
def test_weapon_vocabulary(nlp, text, items):
    claims = _claims(nlp, text)
    assert len(claims) == 1 and sorted(claims[0].items) == items


def test_an_air_force_is_not_cargo(nlp):
    # item words must not include "forces": "Ukraine's air force said Russia launched ..." is no transfer
    assert _claims(nlp, "Ukraine's air force said Russia launched 56 attack drones overnight, of which 38 were shot down.") == []


def test_pronoun_cargo_made_in_a_state_and_sent(nlp):
    text = ("Investigators in Kharkiv examined the wreckage of Shahed drones on Monday. "
            "They were built in Iran and sent to Russia this autumn, the investigators said.")
    got = [(c.claimant, c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)]
    assert got == [("investigators", "Iran", "Russia", ["other"])]


def test_demonstrative_generic_cargo_takes_the_items_named_before(nlp):
    text = ("Imagery has shown rail flatcars carrying M1989 Koksan 170mm self-propelled guns. "
            "These systems have almost certainly been supplied to Russia by North Korea, the ministry said.")
    got = [(c.supplier, c.recipient, list(c.items), c.certainty) for c in _claims(nlp, text)]
    assert got == [("North Korea", "Russia", ["munitions"], "probable")]


def test_these_missiles_after_typed_missiles_keep_the_type(nlp):
    text = ("Ukrainian officials showed reporters the remains of KN-23 missiles. "
            "These missiles were supplied to Russia by North Korea, the officials said.")
    got = [(c.claimant, list(c.items)) for c in _claims(nlp, text)]
    assert got == [("Ukraine", ["ballistic missiles"])]


def test_broadcast_label_with_a_description_names_the_speaker(nlp):
    text = ("MERCER: Joining me now is Denise Okafor, a former targeting officer. Does the timeline hold up?\n\n"
            "DENISE OKAFOR, WNN MILITARY ANALYST: It doesn't. North Korea has shipped millions of shells to Russia.\n\n"
            "MERCER: Thank you.")
    got = [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)]
    assert got == [("Denise Okafor", "North Korea", "Russia")]


@pytest.mark.parametrize("text,want", [
    ("Ukraine says Russia has fired hundreds of Shahed drones at its power grid. Iran's foreign minister "
     "acknowledged on Saturday that Tehran had sent a small number to Russia before the war began.",
     ("Iran", "Iran", "Russia", ["other"])),
    ("Kyiv says North Korea has sent Russia about 12,000 soldiers since October. Ukraine's military "
     "intelligence said on Thursday that another 3,000 had arrived in January.",
     ("Ukraine", "North Korea", "Russia", ["troops"])),
])
def test_a_bare_quantity_stands_for_the_cargo_named_before(nlp, text, want):
    got = [(c.claimant, c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)]
    assert want in got


@pytest.mark.parametrize("text,n", [
    ("Germany said it had delivered 500,000 shells to Ukraine and expected to pass one million by May.", 1),
    ("\"Not a single soldier is fighting there, and we have not sent a single one,\" the President said.", 0),
])
def test_milestones_and_pro_forms_are_not_cargo(nlp, text, n):
    assert len(_claims(nlp, text)) == n


def test_the_ministry_is_the_state_of_the_ministry_named_before(nlp):
    text = ("Ukraine's defence ministry said on Monday that Iran had shipped ballistic missiles to Russia. "
            "The ministry said the missiles had been shipped to Russia through the port of Astrakhan.")
    assert [c.claimant for c in _claims(nlp, text)] == ["Ukraine", "Ukraine"]


def test_the_government_of_a_state_is_the_state(nlp):
    text = "According to the Government of Ukraine, Iran has also begun supplying Russia with ballistic missiles."
    assert [c.claimant for c in _claims(nlp, text)] == ["Ukraine"]


def test_the_study_is_its_publishers(nlp):
    text = ("North Korea has become Russia's main source of ammunition, according to a study published on Monday "
            "by the Kestrel Arms Monitor, a research group.\n\nThe group examined customs records. According to "
            "the study, at least half of the 152mm rounds fired by Russian artillery last year came from North Korea.")
    got = [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)]
    assert ("Kestrel Arms Monitor", "North Korea", "Russia") in got and all(c != "study" for c, *_ in got)


@pytest.mark.parametrize("publisher,claimant", [("Office of the President of Ukraine", "Ukraine"), ("Harbour Wire", "Harbour Wire")])
def test_our_intelligence_is_the_speakers(nlp, publisher, claimant):
    text = ("The President addressed the nation on Sunday evening. Our intelligence indicates that Russia may "
            "already have received the first Fath-360 missiles from Iran.")
    assert [(c.claimant, c.certainty) for c in _claims(nlp, text, publisher=publisher)] == [(claimant, "possible")]


def test_remarks_by_an_ambassador_speak_for_the_state(nlp):
    text = ("Full text: remarks by the U.S. Ambassador to the United Nations at the Security Council\n\n"
            "Thank you, Madam President. Iran has transferred close-range ballistic missiles to Russia.")
    assert [c.claimant for c in _claims(nlp, text, publisher="Gulf Ledger")] == ["United States"]


def test_a_calibre_stays_one_token(nlp):
    text = "The United States has sent Ukraine more than two million 155mm artillery rounds since the start of the war."
    got = [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)]
    assert got == [("United States", "Ukraine", ["artillery shells"])]


@pytest.mark.parametrize("text,want", [
    ("North Korean troops are likely to have been deployed to Russia's Kursk region by early November.",
     ("North Korea", "Russia", ["troops"], "probable")),
    ("Every month, trains full of North Korean shells roll across the Tumen River into Russia.",
     ("North Korea", "Russia", ["artillery shells"], "certain")),
])
def test_raised_subjects_and_cargo_in_motion(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items), c.certainty) for c in _claims(nlp, text)] == [want]


def test_a_model_name_before_an_item_is_not_a_party(nlp):
    text = "South Korea's intelligence service said North Korea had sent Koksan self-propelled guns to Russia."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("North Korea", "Russia")]


def test_the_speakers_state_is_not_a_party(nlp):
    # "Ukraine's air force says the drones keep arriving in Russia": Ukraine speaks, it does not supply
    text = "Ukraine's air force says the attack drones keep arriving in Russia across the Caspian Sea."
    assert all(c.supplier != "Ukraine" for c in _claims(nlp, text))


def test_a_news_lede_ending_in_a_colon_is_not_a_statement_header(nlp):
    # the paragraph after the colon may be the ministry's; the rest of the story stays the outlet's
    text = ("Ukraine's foreign ministry rejected the claim on Monday, saying in a statement:\n\n"
            "Russia is lying about its suppliers.\n\n"
            "North Korea has shipped millions of artillery shells to Russia since 2023.")
    assert [c.claimant for c in _claims(nlp, text, publisher="Harbour Wire")] == ["Harbour Wire"]


def test_a_dateline_with_a_country_is_not_a_speaker_label(nlp):
    text = ("MOSCOW, RUSSIA: North Korea has shipped millions of artillery shells to Russia.\n\n"
            "The shipments continued in March.")
    claims = _claims(nlp, text, publisher="Harbour Wire")
    assert claims and {c.claimant for c in claims} == {"Harbour Wire"}


def test_a_government_page_keeps_its_voice_past_its_own_headings(nlp):
    text = ("Russia's suppliers\n\nIran has delivered Shahed drones to Russia.\n\nBackground\n\n"
            "North Korea has shipped millions of artillery shells to Russia.")
    assert [c.claimant for c in _claims(nlp, text, publisher="Embassy of Ukraine in Japan")] == ["Ukraine", "Ukraine"]


def test_an_academic_department_is_no_government(nlp):
    text = "North Korea has shipped millions of artillery shells to Russia."
    publisher = "Department of War Studies, King's College London"
    assert [c.claimant for c in _claims(nlp, text, publisher=publisher)] == [publisher]


@pytest.mark.parametrize("text,want", [
    ("Chinese factories are now producing whole drones for the Russian army, officials said.", [("China", "Russia", ["other"])]),
    ("Iran builds Shahed drones for Russia, U.S. officials said.", [("Iran", "Russia", ["other"])]),
    ("Russia is producing more shells for its own army.", []),
    ("North Korea makes shells for the war.", []),
])
def test_made_for_a_buyer_abroad(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    ("KCNA said that units of the Korean People's Army had been dispatched to Russia's Kursk region.",
     [("North Korea", "North Korea", "Russia", ["troops"])]),
    ("Iran's foreign minister said Tehran had given Russia a limited number of drones before the war.",
     [("Iran", "Iran", "Russia", ["other"])]),
    ("Iran's mission to the United Nations responded that Tehran had not provided drones to Russia.",
     [("Iran", "Iran", "Russia", ["other"])]),
])
def test_units_counts_and_responses(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    ("North Korea has sent about 200 long-range artillery pieces to Russia, officials said.", [("North Korea", "Russia", ["munitions"])]),
    ("Russia has sent Bradley fighting vehicles to Belarus, officials said.", [("Russia", "Belarus", ["munitions"])]),
    ("Russia has supplied Iran with radar systems and jammers, officials said.", [("Russia", "Iran", ["munitions"])]),
    ("Moscow has sent engineers to Pyongyang to help with its satellite launches, officials said.",
     [("Russia", "North Korea", ["technology"])]),
    ("Bloggers claimed that South Korean shells are already reaching Ukrainian guns through Poland.",
     [("South Korea", "Ukraine", ["artillery shells"])]),
    ("Moscow once sent Pyongyang everything from rifles to MiG fighters.", []),
])
def test_equipment_and_specialists_as_items(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    ("Russia has delivered equipment to Belarus, officials said.", [("Russia", "Belarus", ["munitions"])]),
    ("Deliveries of hardware from Russia to Belarus continued, officials said.", [("Russia", "Belarus", ["munitions"])]),
    ("Russia has delivered the equipment to Belarus, officials said.", []),
])
def test_generic_equipment_only_as_direct_cargo(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    ("U.S. military aid to Ukraine has included artillery shells and HIMARS rockets, the Pentagon said.",
     [("United States", "United States", "Ukraine", ["artillery shells", "rockets"], "asserts")]),
    ("Washington's latest military aid to Kyiv consists mostly of air-defence interceptors, a Pentagon spokeswoman said.",
     [("United States", "United States", "Ukraine", ["munitions"], "asserts")]),
    ("Iran's support for Russia's invasion now extends to close-range ballistic missiles, the White House said.",
     [("United States", "Iran", "Russia", ["ballistic missiles"], "asserts")]),
    ("China's support for Russia has not extended to lethal weapons, U.S. officials said.",
     [("United States", "China", "Russia", ["munitions"], "denies")]),
    ("The Pentagon announced a new $400 million package for Ukraine on Tuesday. It includes Stinger missiles and 155mm rounds.",
     [("United States", "United States", "Ukraine", ["munitions", "artillery shells"], "asserts")]),
    ("The United States announced a new package for Ukraine on Monday. The aid includes rockets for HIMARS launchers.",
     [("United States", "United States", "Ukraine", ["rockets"], "asserts")]),
    ("Germany has sent tanks to Kyiv. Zelensky thanked Berlin, saying the aid would strengthen the front line.",
     [("Test Outlet", "Germany", "Ukraine", ["munitions"], "asserts")]),
])
def test_aid_and_packages(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient, list(c.items), c.stance) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    ("South Korea's spy agency told lawmakers on Tuesday that North Korea had sent more than 100 ballistic missiles to Russia. "
     "In return, Moscow has given Pyongyang technology for its reconnaissance satellites.",
     [("South Korea", "North Korea", "Russia"), ("South Korea", "Russia", "North Korea")]),
    ("South Korea's spy agency told lawmakers on Tuesday that North Korea had sent more than 100 ballistic missiles to Russia.\n\n"
     "Moscow has given Pyongyang technology for its reconnaissance satellites.",
     [("South Korea", "North Korea", "Russia"), ("Test Outlet", "Russia", "North Korea")]),
    ("According to the agency, North Korea has sent about 13,000 containers to Russia since August. "
     "They held more than six million 152mm artillery shells.",
     [("agency", "North Korea", "Russia"), ("agency", "North Korea", "Russia")]),
])
def test_a_paragraph_that_attributes_keeps_its_source(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    ("Seoul's spy agency said that Russia had supplied North Korea with anti-aircraft missiles. "
     "Kremlin spokesman Dmitry Peskov neither confirmed nor denied the report.", [("South Korea", "asserts")]),
    ("Kremlin spokesman Dmitry Peskov neither confirmed nor denied that Russia had supplied North Korea with missiles.", []),
    ("The DPRK has never exported weapons to Russia and has no plan to do so, a vice-minister of national defence said "
     "in a statement carried by KCNA.",
     [("North Korea", "denies")]),
    ("Iran has never sent drones to Russia, the foreign minister said.", [("Iran", "denies")]),
    # an office with no state in an assertion speaks for the state that is the transfer's subject (a state
    # announces its own deliveries); it can be the accuser's office instead, which the text does not say
    ("North Korea has sent shells to Russia, the ministry said.", [("North Korea", "asserts")]),
    # an object is not a subject: no state to speak for
    ("Russia has received shells from North Korea, the ministry said.", [("Russia", "asserts")]),
    ("Shells from North Korea have reached Russia, the ministry said.", [("ministry", "asserts")]),
    # the tagger's "the Ministry of Defence" is an office too
    ("Iran has never sent drones to Russia, the Ministry of Defence said.", [("Iran", "denies")]),
])
def test_refusals_and_offices_without_a_state(nlp, text, want):
    assert [(c.claimant, c.stance) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    ("Ukraine's HUR and South Korea's NIS said on Tuesday that North Korean artillery crews had been sent to Russia's Belgorod region.",
     [("Ukraine", "asserts"), ("South Korea", "asserts")]),
    ("Moscow has shrugged off reports that Iran supplied it with ballistic missiles.", [("Russia", "denies")]),
])
def test_conjoined_agencies_and_phrasal_dismissals(nlp, text, want):
    assert [(c.claimant, c.stance) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    ("Russia has sent forces to Belarus for joint exercises, officials said.", [("Russia", "Belarus", ["troops"])]),
    ("Moscow is preparing to hand North Korea MiG-29 fighters, South Korea's spy agency believes.",
     [("Russia", "North Korea", ["munitions"])]),
    ("Pyongyang has sent more fighters to Russia to replace its losses, Ukraine's military intelligence said.", []),
])
def test_forces_sent_and_fighter_jets(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # a state denying a transfer whose sender the sentence leaves out denies its own supply
    ("North Korea's foreign ministry said that no weapons had been sent to Russia.",
     [("North Korea", "North Korea", "Russia", "denies")]),
    ("North Korea denied that weapons had been sent to Russia.", [("North Korea", "North Korea", "Russia", "denies")]),
    # "its army" receives for the state the enclosing clause speaks for
    ("Russia denied that North Korean shells had been delivered to its army.", [("Russia", "North Korea", "Russia", "denies")]),
    # thanks for sending: the thanker's state received
    ("The Kremlin thanked North Korea for sending troops to help retake Kursk.", [("Russia", "North Korea", "Russia", "asserts")]),
    # the units a participle describes are what was sent
    ("Kim Jong Un praised the Korean People's Army units sent to Russia, KCNA reported.",
     [("North Korea", "North Korea", "Russia", "asserts")]),
])
def test_parties_left_implicit(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient, c.stance) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # "the ministry" refers back to the latest mention of a ministry with its state, not to the latest agency
    ("Russia's defence ministry issued a statement on the fighting in Kursk on Saturday.\n\n"
     "Soldiers of the Korean People's Army had fought alongside Russian units to retake the village, the ministry said.",
     ["Russia"]),
    # a capitalised "Ministry of Defence" with no state is the state the sentence before has as its subject
    ("Britain announced in January that it would send Challenger 2 tanks to Ukraine. "
     "The Ministry of Defence said on Tuesday that the tanks had arrived in Ukraine.", ["United Kingdom", "United Kingdom"]),
])
def test_an_office_refers_back_to_its_state(nlp, text, want):
    assert [c.claimant for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # the state right after a giving verb, before a named model, is the indirect object, not an outlet's name
    ("The United States has sent Ukraine Abrams tanks and 155mm ammunition, the Pentagon said.",
     [("United States", "Ukraine", ["munitions", "artillery shells"])]),
    # rounds of small-arms ammunition are no artillery rounds; loitering munitions are drones; military engineers are troops
    ("Canada has sent Ukraine millions of rounds of small-arms ammunition, the minister said.", [("Canada", "Ukraine", ["munitions"])]),
    ("Russia may have received Shahed loitering munitions from Iran, U.S. officials said.", [("Iran", "Russia", ["other"])]),
    ("South Korea's spy agency said North Korea had sent 1,000 military engineers to Russia.", [("North Korea", "Russia", ["troops"])]),
])
def test_item_words_in_context(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # what know-how is about is its field, not cargo
    ("Russia may have transferred know-how on nuclear-powered submarines to North Korea, the White House said.", [["technology"]]),
    ("Britain has given Ukraine technical support to develop its own long-range drones, the defence secretary said.", [["technology"]]),
    # but a list of cargo beside technology, or the form the assistance takes, is cargo
    ("Russia has given North Korea military technology and air defence missiles, officials said.", [["technology", "munitions"]]),
    ("Iran has given Russia technical assistance in the form of drones and engineers, officials said.", [["technology", "other"]]),
])
def test_the_field_of_know_how_is_no_cargo(nlp, text, want):
    assert [list(c.items) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # cargo that points back belongs to whoever the earlier sentence says has it
    ("North Korea has been producing KN-23 ballistic missiles at a factory near Pyongyang. "
     "South Korea's NIS said dozens of them had been shipped to Russia since December.",
     [("South Korea", "North Korea", "Russia", ["ballistic missiles"])]),
    # "to shell Seoul" is no cargo
    ("North Korea has hundreds of Koksan self-propelled guns, built to shell Seoul from across the border. "
     "South Korea's defence ministry said some of them had been sent to Russia.",
     [("South Korea", "North Korea", "Russia", ["munitions"])]),
])
def test_cargo_pointing_back_keeps_its_holder(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    ("Dozens of Iranian cargo flights carrying drones have landed in Russia, Ukrainian officials said.", [("Iran", "Russia")]),
    ("A single ship carrying several hundred containers of North Korean ammunition docked at a Russian port last week, "
     "the British defence ministry said.", [("North Korea", "Russia")]),
    ("Russia has deployed North Korean troops alongside its own forces in Kursk, U.S. Defense Secretary Lloyd Austin said.",
     [("North Korea", "Russia")]),
    ("Tehran is believed to have sent Russia Arash-2 kamikaze drones, a Ukrainian military spokesman said.", [("Iran", "Russia")]),
    # a refusal is no claim; what cannot be ruled out is possible
    ("Germany ruled out sending Taurus cruise missiles to Ukraine, Chancellor Olaf Scholz said.", []),
    ("I would not rule out further ballistic missile transfers from Tehran to Moscow, the official said.", [("Iran", "Russia")]),
])
def test_carriers_deployments_and_refusals(nlp, text, want):
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # a transfer that names no cargo continues the cargo of the same supplier and recipient under discussion
    ("South Korea's spy agency said North Korea had shipped millions of artillery shells to Russia. "
     "Pyongyang has been supplying Moscow since last summer, the agency added.",
     [["artillery shells"], ["artillery shells"]]),
    ("North Korea has sent millions of shells to Russia, officials said. North Korea's shipments to Russia have grown, the agency said.",
     [["artillery shells"], ["artillery shells"]]),
    # not another pair's
    ("North Korea has sent millions of shells to Russia, officials said. Iran has been supplying Moscow too, the agency said.",
     [["artillery shells"]]),
])
def test_cargo_left_out_continues_the_pair_under_discussion(nlp, text, want):
    assert [list(c.items) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # the aid a state speaks of, with no giver named, is its own
    ("The State Department said the new security assistance for Kyiv includes Patriot interceptors and 155mm shells.",
     [("United States", "United States", "Ukraine")]),
    ("According to the Pentagon, the $2.5bn drawdown for Ukraine consists mostly of air defence interceptors and artillery ammunition.",
     [("United States", "United States", "Ukraine")]),
    # "the shells" of the sentence before, where North Korea makes them
    ("South Korea's NIS said in a briefing that North Korea was manufacturing artillery shells around the clock. "
     "It said the shells were being loaded onto Russian ships bound for Vladivostok.",
     [("South Korea", "North Korea", "Russia")]),
])
def test_givers_from_the_speaker_and_the_earlier_mention(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == want


def test_the_paragraph_topic_stays_in_its_paragraph(nlp):
    # the state the sentence before is about gives a missing recipient only within one paragraph
    text = ("Ukraine's military intelligence said in a report on Friday that North Korean troops had suffered heavy losses in Kursk.\n\n"
            "To make them good, Pyongyang has sent another 3,000 soldiers in the past month, the report said.")
    assert [c.recipient for c in _claims(nlp, text)] == []


def test_their_report_is_its_authors(nlp):
    text = ("Investigators from Conflict Armament Research examined the remains of missiles that struck Kharkiv in January.\n\n"
            "Their report found the missiles were North Korean KN-24s that had been delivered to Russia in late 2023.")
    assert [c.claimant for c in _claims(nlp, text)] == ["Conflict Armament Research"]


def test_bare_deliveries_continue_the_transfer_under_discussion(nlp):
    text = ("North Korea has sent shells to Russia, officials said. "
            "Shipments have also included ballistic missiles, the agency said.")
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == [
        ("North Korea", "Russia", ["artillery shells"]), ("North Korea", "Russia", ["ballistic missiles"])]


@pytest.mark.parametrize("text,want", [
    # "the country" is the speaker's, not what the clause's own subject comes from
    ("Ukraine's defence minister Rustem Umerov confirmed on Thursday that the first Abrams tanks from the United States "
     "had arrived in the country.", [("Ukraine", "United States", "Ukraine")]),
    # "the bloc" is the organisation named last
    ("The European Union's foreign policy chief acknowledged that the bloc had so far delivered only about half of the "
     "one million artillery shells it promised Ukraine.", [("European Union", "European Union", "Ukraine")]),
])
def test_the_country_and_the_bloc(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # a verb in -y the lemmatizer does not know keeps its lemma
    ("North Korea has been resupplying Russia with artillery shells, the NIS said.",
     [("South Korea", "North Korea", "Russia", ["artillery shells"])]),
    # troops counted by a quantity are still troops present abroad
    ("Thousands of North Korean troops are stationed in Kursk, South Korea said.",
     [("South Korea", "North Korea", "Russia", ["troops"])]),
    # ... but people trained somewhere were not sent there: they got know-how from the state that trained
    # them (GUIDE.md, training settled 2026-12-05)
    ("Dozens of Russian military personnel had been trained in Iran, officials said.",
     [("officials", "Iran", "Russia", ["technology"])]),
    # imports and purchases: the owner or the "by" buys, the cargo's maker sells
    ("Imports of Iranian drones by Russia have grown sharply, the White House said.",
     [("United States", "Iran", "Russia", ["other"])]),
    ("Russian imports of North Korean shells have grown, the White House said.",
     [("United States", "North Korea", "Russia", ["artillery shells"])]),
    # who fires the cargo is no cargo
    ("Ukrainian officials said North Korean-made shells were being fired by Russian troops in Donetsk.",
     [("Ukraine", "North Korea", "Russia", ["artillery shells"])]),
    # armed with another state's weapons
    ("Russian troops are armed with North Korean shells, Ukraine said.",
     [("Ukraine", "North Korea", "Russia", ["artillery shells"])]),
    # a supplier noun's possessor is supplied
    ("North Korea is Russia's largest foreign source of artillery ammunition, Ukraine's intelligence service said.",
     [("Ukraine", "North Korea", "Russia", ["artillery shells"])]),
    ("A source of the information said North Korea had sent shells to Russia.",
     [("source", "North Korea", "Russia", ["artillery shells"])]),  # one claim: the source is no supplier
    # paying back in kind, not for what was received
    ("Russia is rewarding North Korea with air-defence systems, the South Korean national security adviser said.",
     [("South Korea", "Russia", "North Korea", ["munitions"])]),
])
def test_less_common_transfer_words(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # a pledge of named cargo is a planned transfer, announced by the pledging state
    ("Germany pledged 10 more Leopard 2 tanks to Ukraine on Tuesday, the defence ministry said.",
     [("Germany", "Germany", "Ukraine", ["munitions"])]),
    ("Washington promised Kyiv two more Patriot batteries in June, the Pentagon said.",
     [("United States", "United States", "Ukraine", ["munitions"])]),
    # pledges of no cargo, and a pledge not to supply, are no claims
    ("Berlin has pledged continued support for Ukraine, Scholz said.", []),
    ("Iran had promised not to supply ballistic missiles to Russia, the U.S. said.", []),
])
def test_pledges(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # the missile a state fired was made elsewhere: its maker supplied the state that fired it
    ("The missile Russia fired at Kharkiv on January 2 was of North Korean origin, Ukraine's Prosecutor General "
     "Andriy Kostin said.", [("Ukraine", "North Korea", "Russia", ["munitions"])]),
    ("The missile Russia fired at Kyiv on Monday appears to have been made in North Korea, Ukraine's air force said.",
     [("Ukraine", "North Korea", "Russia", ["munitions"])]),
    # "U.S.-made" is one token; who fires is no cargo; "Ukraine's General Staff" is Ukraine's
    ("Ukrainian forces fired U.S.-made ATACMS missiles at a Russian airfield in Crimea, Ukraine's General Staff said.",
     [("Ukraine", "United States", "Ukraine", ["ballistic missiles"])]),
    ("Russian troops have fired North Korean-made shells at Ukrainian positions, Ukraine's General Staff said.",
     [("Ukraine", "North Korea", "Russia", ["artillery shells"])]),
])
def test_use_of_weapons_made_elsewhere(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # a maker's modifier on cargo its owner holds: "Ukraine's U.S.-made", "Russia's Iranian-built"
    ("Ukraine's U.S.-made Patriot batteries shot down a Kinzhal missile over Kyiv, the Ukrainian air force said.",
     [("Ukraine", "United States", "Ukraine", ["munitions"])]),
    ("Russia's Iranian-built Shahed drones hit Odesa overnight, Ukrainian officials said.",
     [("Ukraine", "Iran", "Russia", ["other"])]),
    ("Russia's home-made drones hit Odesa, Kyiv said.", []),
    # "-sourced" and "-origin" name a maker too
    ("Russian forces fired Iranian-origin missiles at Odesa, Kyiv said.", [("Ukraine", "Iran", "Russia", ["munitions"])]),
    # "the air force" said what "Ukraine's air force" did; a regional governor is his state's
    ("Ukraine's air force shot down 30 Iranian-built Shahed drones launched by Russia overnight, the air force said.",
     [("Ukraine", "Iran", "Russia", ["other"])]),
    ("Russia fired North Korean-supplied ballistic missiles at Kharkiv overnight, Kharkiv regional governor Oleh "
     "Syniehubov said.", [("Ukraine", "North Korea", "Russia", ["ballistic missiles"])]),
])
def test_makers_named_by_modifiers(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # what is paid for comes from whoever is paid, or from the maker the cargo names
    ("Moscow has paid for North Korean shells with oil, exceeding the UN cap, the White House said.",
     [("United States", "North Korea", "Russia", ["artillery shells"])]),
    ("Russia is paying North Korea for its shells with food, oil and military technology, the NIS said.",
     [("South Korea", "Russia", "North Korea", ["technology"]), ("South Korea", "North Korea", "Russia", ["artillery shells"])]),
    ("Russia is paying for the war with oil revenue, analysts said.", []),
    # troops serving with an ally's units, integrated into its brigades, on its soil, posted there
    ("North Korean units have been integrated into Russian airborne and marine brigades, Ukraine's military "
     "intelligence said.", [("Ukraine", "North Korea", "Russia", ["troops"])]),
    ("North Korean soldiers may already be serving with Russian units, Ukraine's military intelligence said.",
     [("Ukraine", "North Korea", "Russia", ["troops"])]),
    ("Pyongyang's soldiers have been on Russian soil since October, Seoul said.",
     [("South Korea", "North Korea", "Russia", ["troops"])]),
    ("Belarusian troops are stationed on the border with Ukraine, Kyiv said.", []),
])
def test_payments_and_troops_serving_abroad(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    ("North Korea has acquired Russian know-how on satellite launches, South Korea's National Intelligence Service said.",
     [("South Korea", "Russia", "North Korea", ["technology"])]),
    ("Moscow sources much of its artillery ammunition from Pyongyang, Ukraine's military intelligence said.",
     [("Ukraine", "North Korea", "Russia", ["artillery shells"])]),
    ("Russia's reliance on North Korean munitions has deepened this year, the State Department said.",
     [("United States", "North Korea", "Russia", ["munitions"])]),
    ("Ukraine's reliance on Western aid is growing, analysts said.", []),
    ("Russia stocked up on North Korean shells ahead of its autumn offensive, the Institute for the Study of War said.",
     [("Institute for the Study of War", "North Korea", "Russia", ["artillery shells"])]),
    ("Russia has brought in North Korean troops to help retake Kursk, U.S. Secretary of State Antony Blinken said.",
     [("United States", "North Korea", "Russia", ["troops"])]),
    ("Iranian cargo planes flew drones and ammunition into Russia in the autumn of 2022, Ukraine's military "
     "intelligence said.", [("Ukraine", "Iran", "Russia", ["other", "munitions"])]),
    # flying drones is operating them, not delivering them (the help is the transfer)
    ("The White House said Iranian military personnel were helping Russian forces fly those drones.",
     [("United States", "Iran", "Russia", ["technology"])]),
    ("The United States has rushed additional air-defence interceptors to Ukraine, the Pentagon said on Friday.",
     [("United States", "United States", "Ukraine", ["munitions"])]),
    # "routed" to a place is no rout
    ("Tehran routed Fath-360 ballistic missiles to Russia through the Caspian port of Amirabad, the U.S. Treasury said.",
     [("United States", "Iran", "Russia", ["ballistic missiles"])]),
])
def test_receiving_depending_and_moving_words(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # a company speaks for itself and ships for the state it is based in
    ("Rheinmetall will deliver 155mm ammunition to Ukraine next year, the company said.",
     [("Rheinmetall", "Germany", "Ukraine", ["artillery shells"])]),
    ("Hanwha Aerospace has shipped K9 howitzers to Poland, the company said.",
     [("Hanwha Aerospace", "South Korea", "Poland", ["munitions"])]),
    ("Armin Papperger, the chief executive of Rheinmetall, said the company had delivered air-defence systems to Ukraine.",
     [("Rheinmetall", "Germany", "Ukraine", ["munitions"])]),
])
def test_companies(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # no cargo arrived: a denial, not an assertion
    ("Iran's foreign ministry said no Iranian drones had reached Russia since the start of the war in Ukraine.",
     [("Iran", "Iran", "Russia", ["other"], "denies")]),
    # civilian goods and a state's own border are no transfer
    ("Germany has delivered generators and medical supplies to Ukraine, the foreign ministry in Berlin said.", []),
    ("Belarus has moved troops to its border with Ukraine, Ukraine's border guard service said.", []),
    ("North Korea has sent shells and other supplies to Russia, Seoul said.",
     [("South Korea", "North Korea", "Russia", ["artillery shells"], "asserts")]),
])
def test_arrivals_denied_and_civilian_goods(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient, list(c.items), c.stance) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # a pronoun in what someone is rewarded or punished for is the one rewarded, not the rewarder
    ("Russia has been rewarding North Korea for the soldiers it sent, the NIS said.", []),
    ("Washington sanctioned Iran for the drones it sent to Russia.", [("Test Outlet", "Iran", "Russia", ["other"])]),
])
def test_what_someone_is_rewarded_for_is_theirs(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # several parties in one slot: one claim per pair (GUIDE.md, "one claim per transfer")
    ("The Netherlands and Denmark will hand over F-16 fighter jets to Ukraine.",
     [("Harbour Wire", "Netherlands", "Ukraine", ["munitions"]), ("Harbour Wire", "Denmark", "Ukraine", ["munitions"])]),
    ("The United States and Britain have sent long-range missiles to Ukraine.",
     [("Harbour Wire", "United States", "Ukraine", ["munitions"]), ("Harbour Wire", "United Kingdom", "Ukraine", ["munitions"])]),
    # with a "to" party, the object is the cargo, even one the tagger took for an organisation
    ("Norway donated NASAMS air defence batteries to Ukraine.", [("Harbour Wire", "Norway", "Ukraine", ["munitions"])]),
])
def test_conjoined_parties_and_cargo_objects(nlp, text, want):
    claims = _claims(nlp, text, publisher="Harbour Wire")
    assert sorted((c.claimant, c.supplier, c.recipient, list(c.items)) for c in claims) == sorted(want)


@pytest.mark.parametrize("text,want", [
    # an office or a titled official the article places in no state speaks for the state that is the
    # subject of the transfer: a state announces its own deliveries and receipts
    ("Spain has sent six Hawk launchers to Ukraine, Defence Minister Margarita Robles said.", "Spain"),
    ("Canada will donate 10 Senator armoured vehicles to Ukraine, Defence Minister Bill Blair told reporters.", "Canada"),
    ("Ukraine has received the first F-16 jets from Denmark, the defence ministry said.", "Ukraine"),
    ("The Netherlands and Denmark will hand over F-16 jets to Ukraine, Prime Minister Mark Rutte said.", "Netherlands"),
    # a named person of no office keeps the name (one the gazetteer knows speaks for the state:
    # test_a_head_of_government_the_gazetteer_knows_speaks_for_the_state)
    ("Spain has sent six Hawk launchers to Ukraine, Lucía Ferrer said.", "Lucía Ferrer"),
])
def test_an_unplaced_official_speaks_for_the_subject_state(nlp, text, want):
    assert {c.claimant for c in _claims(nlp, text)} == {want}


@pytest.mark.parametrize("text,want", [
    # goods passed on through an intermediary: one claim, origin -> final recipient (GUIDE.md, settled 2026-12-05)
    ("Iran sold the Shahed drones to Belarus, which then passed them on to Russia, Ukraine's military intelligence "
     "agency said.", [("Ukraine", "Iran", "Russia", ["other"])]),
    ("Armoured vehicles that China sold to the United Arab Emirates were passed on to Sudan's army, Amnesty "
     "International said.", [("Amnesty International", "China", "Sudan", ["munitions"])]),
    # a swap's two legs move different goods: two claims, no chain
    ("In the first German Ringtausch, Germany delivered 15 Leopard 2A4 tanks to Slovakia, which had sent 30 BMP-1 "
     "infantry fighting vehicles to Ukraine.",
     [("Test Outlet", "Germany", "Slovakia", ["munitions"]), ("Test Outlet", "Slovakia", "Ukraine", ["munitions"])]),
    # training another state's soldiers is know-how from the trainers' state (GUIDE.md, settled 2026-12-05)
    ("British instructors have trained more than 40,000 Ukrainian recruits at bases in England, Britain's Ministry "
     "of Defence said.", [("United Kingdom", "United Kingdom", "Ukraine", ["technology"])]),
    ("Russian officers are teaching North Korean soldiers to operate attack drones, Ukraine's military intelligence said.",
     [("Ukraine", "Russia", "North Korea", ["technology"])]),
    # troops that train somewhere are present there
    ("Thousands of North Korean troops are training in Russia, the NIS said.",
     [("South Korea", "North Korea", "Russia", ["troops"])]),
])
def test_onward_chains_swaps_and_training(nlp, text, want):
    claims = _claims(nlp, text)
    assert sorted((c.claimant, c.supplier, c.recipient, list(c.items)) for c in claims) == sorted(want)


@pytest.mark.parametrize("text,want", [
    # named platforms and system words are munitions; a title with its organisation is no stranger
    ("Rheinmetall will supply Skyranger anti-aircraft systems to Austria, the company said.",
     [("Rheinmetall", "Germany", "Austria", ["munitions"])]),
    ("Poland has sent MiG-29 fighter jets to Ukraine, NATO Secretary General Jens Stoltenberg said.",
     [("NATO", "Poland", "Ukraine", ["munitions"])]),
    ("South Korea will export K9 howitzers and Chunmoo rocket systems to Poland.",
     [("Test Outlet", "South Korea", "Poland", ["munitions"])]),
])
def test_named_platforms_and_titled_officials_of_organisations(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # arrival phrases: the cargo's maker or seller to where it ended up; a first leg told inside the path is no claim
    ("Serbian-made ammunition found its way to Ukraine through intermediaries in Slovakia.",
     [("Test Outlet", "Serbia", "Ukraine", ["munitions"])]),
    ("Ammunition that Bulgaria sold to Polish arms brokers ended up in Ukraine.",
     [("Test Outlet", "Bulgaria", "Ukraine", ["munitions"])]),
    ("Indian-made artillery shells have been diverted to Ukraine, Reuters reported.",
     [("Reuters", "India", "Ukraine", ["artillery shells"])]),
])
def test_goods_that_end_up_elsewhere(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # a swap is one claim per leg (GUIDE.md, settled 2026-12-05)
    ("Slovakia gave Ukraine its 13 MiG-29 fighter jets in exchange for 12 Viper attack helicopters from the United "
     "States, Slovak Defence Minister Jaroslav Nad said.",
     [("Slovakia", "Slovakia", "Ukraine", ["munitions"]), ("Slovakia", "United States", "Slovakia", ["munitions"])]),
    ("Athens will hand Kyiv its Soviet-designed BMP-1 fighting vehicles and receive Marder vehicles from Germany in "
     "return, the Greek defence ministry said.",
     [("Greece", "Greece", "Ukraine", ["munitions"]), ("Greece", "Germany", "Greece", ["munitions"])]),
    ("Denmark will send all of its Caesar howitzers to Ukraine and buy replacements from France, Danish officials said.",
     [("Denmark", "Denmark", "Ukraine", ["munitions"]), ("Denmark", "France", "Denmark", ["munitions"])]),
])
def test_swaps_are_one_claim_per_leg(nlp, text, want):
    claims = _claims(nlp, text)
    assert sorted((c.claimant, c.supplier, c.recipient, list(c.items)) for c in claims) == sorted(want)


def test_backfilling_refills_the_giver(nlp):
    """Backfilling is B -> A, not a chain B -> C (GUIDE.md, settled 2026-12-05)."""
    text = "The United States will replenish the Patriot interceptors that Germany hands over to Ukraine, the Pentagon said."
    assert sorted((c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)) == [
        ("United States", "Germany", "Ukraine"), ("United States", "United States", "Germany")]


@pytest.mark.parametrize("text,want", [
    # a weapon known only by its model name is cargo, never a party; its family says its category
    ("France will send six more Caesars to Ukraine, President Emmanuel Macron said.", [("France", "Ukraine", ["munitions"])]),
    ("Germany has delivered seven PzH 2000s to Ukraine, the German government said.", [("Germany", "Ukraine", ["munitions"])]),
    ("North Korea has shipped Bulsae-4s to Russia, South Korea's defence ministry said.", [("North Korea", "Russia", ["munitions"])]),
    ("The United States will send a battery of Patriots to Ukraine, the White House said.", [("United States", "Ukraine", ["munitions"])]),
    ("Iran has shipped Shahed-238s to Russia, Ukraine's military intelligence said.", [("Iran", "Russia", ["other"])]),
    ("The Czech Republic gifted Ukraine dozens of T-72s, the Czech defence ministry said.", [("Czech Republic", "Ukraine", ["munitions"])]),
    # a designation as object is no recipient
    ("London, having already shipped Challenger 2s, added Storm Shadow cruise missiles in May.", []),
    # refusals and the outcome of a condition are no claims
    ("Greece has ruled out sending its S-300 systems to Ukraine, saying they are needed at home.", []),
    ("Germany would deliver more Patriot systems to Ukraine only if other allies also contributed, the minister said.", []),
    ("If North Korea sends more troops to Russia, Seoul could start supplying weapons to Ukraine, an official said.", []),
])
def test_model_names_refusals_and_conditions(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # a news agency is one claimant however it is named
    ("South Korea is lending 500,000 artillery shells to the United States, the Yonhap news agency reported.", "Yonhap"),
    ("North Korea has shipped more shells to Russia, Reuters reported.", "Reuters"),
    # a description with a modifier refers back only to a name that has it: "the spy agency" is not Yonhap
    ("Yonhap news agency, citing South Korea's National Intelligence Service, reported on Monday that the war had "
     "stalled. Russia has passed military technology to North Korea, Yonhap quoted the spy agency as saying.", "South Korea"),
])
def test_outlets_and_modified_descriptions(nlp, text, want):
    assert [c.claimant for c in _claims(nlp, text)][-1] == want


@pytest.mark.parametrize("text,want", [
    # the one cited speaks, wherever the parser hangs "citing" or "which cited"
    ("The Wall Street Journal reported, citing unnamed U.S. officials, that Iran had shipped ballistic missiles to Russia.",
     ["unnamed U.S. officials"]),
    ("Japan's defence ministry said, citing South Korean intelligence, that North Korea had sent troops to Russia.", ["South Korea"]),
    ("According to the Yonhap news agency, which cited South Korea's military, North Korea has shipped ballistic missiles "
     "to Russia.", ["South Korea"]),
    ("A Polish government spokesman, citing intelligence shared by Washington, said Belarus had delivered artillery shells "
     "to Russia.", ["United States"]),
    # analysts of a named think tank are the think tank; a surname the tagger missed is the person named before;
    # "she" with no person named is the office-holder named before, not the last state
    ("RUSI analysts wrote that North Korea had sent artillery shells to Russia by rail.", ["Royal United Services Institute"]),
    ("Denise Harper, a retired colonel, has followed the war since 2022. Harper said Belarus had sent ammunition to Russia.",
     ["Denise Harper"]),
    ("The Lithuanian president spoke at a security conference in Vilnius on Saturday.\n\nShe also addressed the war in "
     "Ukraine. She said China had supplied drone engines to Russia.", ["Lithuania"]),
    # refusals, hypotheticals, warnings and absence of evidence are no claims
    ("A spokesman for the Japanese defence ministry said he could not comment on reports that North Korea had sent troops "
     "to Russia.", []),
    ("Slovakia's prime minister said his government would not send any more weapons to Ukraine.", []),
    ("Any transfer of Iranian ballistic missiles to Russia would be a dramatic escalation, the French foreign minister said.", []),
    ("Washington warned Beijing against supplying weapons to Russia.", []),
    ("A British official said there was no sign yet that Iranian missiles had reached Russia.", []),
])
def test_cited_sources_short_names_and_non_claims(nlp, text, want):
    assert [c.claimant for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # model names as the subject of arrival and in a delivery noun; units of kit are kit
    ("The first batch of Storm Shadows from Britain reached Ukraine in May, the Ukrainian air force said.",
     [("United Kingdom", "Ukraine", ["munitions"])]),
    ("Ukraine took delivery of the first batch of Caesars from France, the Ukrainian defence ministry said.",
     [("France", "Ukraine", ["munitions"])]),
    ("Germany will send two battalions of Leopard 2s to Ukraine, Chancellor Olaf Scholz said.", [("Germany", "Ukraine", ["munitions"])]),
    # civilian equipment is no military cargo
    ("Norway has sent emergency power equipment and humanitarian aid to Ukraine, the Norwegian government said.", []),
])
def test_model_names_arriving_and_civilian_equipment(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # who confirms a report claims it too, beside the report's source
    ("The Pentagon on Monday confirmed a South Korean report that North Korea had sent troops to Russia.",
     ["United States", "South Korea"]),
    # an apposition the parser hangs on the comma after the name still gives the title's state
    ("Lee Sung-min, a spokesman for South Korea's Joint Chiefs of Staff, said North Korea had shipped artillery shells "
     "to Russia.", ["South Korea"]),
])
def test_confirmed_reports_and_appositions_on_the_comma(nlp, text, want):
    assert [c.claimant for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text", [
    # history (a state that no longer exists), plans given up, and what a transfer would be
    "The Soviet Union armed North Korea for decades, supplying the tanks and artillery with which it invaded the South in 1950.",
    "The White House shelved plans to send F-16s to Ukraine in 2022 over fears of escalation, two former officials said.",
    "The transfer of Iranian close-range ballistic missiles to Russia would be a dramatic escalation, the White House warned.",
])
def test_history_abandoned_plans_and_what_a_transfer_would_be(nlp, text):
    assert _claims(nlp, text) == []


def test_an_unplaced_government_speaks_for_the_state_whose_delivery_is_the_subject(nlp):
    text = ("Germany's latest delivery to Ukraine comprised a Patriot system, two IRIS-T launchers and 20,000 rounds of "
            "155mm ammunition, the government said.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Germany", "Germany", "Ukraine")]


@pytest.mark.parametrize("text,want", [
    # one unnamed official named only by nationality and rank is an anonymous source (GUIDE.md); with an
    # office, or in the plural, officials speak for their state
    ("A senior U.S. official said Iran had delivered drones to Russia.", "senior U.S. official"),
    ("U.S. officials said Iran had delivered drones to Russia.", "United States"),
    ("A French defence ministry official said France had sent SCALP missiles to Ukraine.", "France"),
    ("An NIS official said North Korea had sent shells to Russia.", "South Korea"),
])
def test_one_plain_official_is_an_anonymous_source(nlp, text, want):
    assert [c.claimant for c in _claims(nlp, text)] == [want]


@pytest.mark.parametrize("text,want", [
    # organisations the tagger took for a facility, for part of a person's name, or did not tag at all; where a
    # body is based is not who it is
    ("Researchers at the Sahel Security Observatory, a monitoring group based in Dakar, said it was possible that "
     "some Emirati arms shipments had reached the RSF.", ["Sahel Security Observatory"]),
    ("Tomasz Kowal of the Vistula Defence Forum, a Warsaw think tank, said Poland might pass some of its older PT-91 "
     "tanks to Ukraine.", ["Vistula Defence Forum"]),
    ("Farah Qureshi, a defence analyst at the Islamabad Strategic Forum, said it was quite possible that "
     "Pakistani-made shells had reached Ukraine.", ["Islamabad Strategic Forum"]),
    # bought from industry, no seller state named: the purchase is no claim, the handing on is
    ("Denmark and the Netherlands said they would buy 14 Leopard 2A4 tanks from industry stocks, refurbish them and "
     "hand them to Ukraine early next year.", ["Denmark", "Netherlands", "Denmark", "Netherlands"]),
])
def test_untagged_organisations_and_purchases_from_industry(nlp, text, want):
    assert [c.claimant for c in _claims(nlp, text)] == want


def test_bare_military_is_the_state_the_story_is_about_and_an_interview_guest_keeps_his_body(nlp):
    text = ("Transcript. Guest: Nilar Win, director of Burma Arms Watch, a research group that works from Thailand.\n\n"
            "HOST: A report by the UN special rapporteur on Myanmar said last week that the military has imported "
            "weapons from Russia.\n\n"
            "WIN: China sold the air force the FTC-2000G jets that were handed over last November.")
    rows = [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)]
    assert ("Burma Arms Watch", "China", "Myanmar") in rows
    assert all(r[2] == "Myanmar" for r in rows) and "Thailand" not in {r[0] for r in rows}


def test_bare_army_in_a_story_filed_from_a_city_named_after_its_state(nlp):
    text = ("PORT SUDAN (HDA) — The army, for its part, has received Iranian-made Mohajer-6 drones, according to two "
            "Western officials.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Iran", "Sudan")]


def test_what_a_package_consists_of_hung_on_the_verb(nlp):
    text = ("Ukraine will get Archer howitzers from Sweden. Sweden today decided to give Ukraine its tenth support package, "
            "consisting of the Archer artillery system, CV 90 combat vehicles and NLAW anti-tank weapons.")
    assert ("Sweden", "Ukraine", ["munitions"]) in [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)[1:]]


@pytest.mark.parametrize("text,want", [
    # state media speak for their state, as KCNA does for North Korea (GUIDE.md)
    ("Niger's state television said Russia had delivered air-defence systems to Niger.", "Niger"),
    ("Iranian state media said Russia had delivered Su-35 jets to Iran.", "Iran"),
])
def test_state_media_speak_for_their_state(nlp, text, want):
    assert [c.claimant for c in _claims(nlp, text)] == [want]


def test_who_judges_a_delivery_does_not_make_it(nlp):
    assert _claims(nlp, "Russia has described deliveries of heavy weapons to Ukraine as an escalation of the conflict.") == []


@pytest.mark.parametrize("text,want", [
    # the speaker's "citing" after the reported clause names the original source; cited evidence does not
    ("South Korea's spy agency said on Thursday that North Korea had sent troops to Russia, citing U.S. intelligence.",
     "United States"),
    ("In February, Ukrainian prosecutors said Russia had fired about two dozen ballistic missiles supplied by North Korea "
     "at Ukrainian cities, citing fragments recovered at the impact sites.", "Ukraine"),
])
def test_citing_after_the_reported_clause(nlp, text, want):
    assert [c.claimant for c in _claims(nlp, text)] == [want]


def test_not_hiding_a_transfer_is_admitting_it(nlp):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, "Moscow does not hide that it buys shells from Pyongyang.")] \
        == [("Russia", "North Korea", "Russia")]


@pytest.mark.parametrize("text,want", [
    # the cargo pointed back at, named another way in the sentence before, is held by that sentence's subject
    ("Iran produces the Fath-360 at a plant near Tehran. The missiles were shipped to Russia in September, Western "
     "officials said.", [("Iran", "Russia", ["ballistic missiles"])]),
    ("The Bundeswehr has withdrawn 14 Leopard 2A6s from its units. The tanks will be sent to Ukraine by the end of "
     "March, the German defence ministry said.", [("Germany", "Ukraine", ["munitions"])]),
])
def test_cargo_named_another_way_before(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


def test_exports_subject_to_controls_are_a_policy(nlp):
    assert _claims(nlp, "Beijing says its arms exports to Mali are subject to strict controls.") == []


def test_its_armed_forces_after_the_content_are_the_content_subjects(nlp):
    text = "Mali's military government has taken delivery of Akinci combat drones from Turkey, its armed forces said on Sunday."
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Mali", "Turkey", "Mali")]


def test_an_army_spokesman_speaks_for_the_army_of_the_story(nlp):
    text = ("PORT SUDAN (HDA) — The army has received Iranian-made drones, Western officials say. An army spokesman, "
            "Brigadier Nabil Abdallah, denied that the army had received any drones from Iran.")
    assert [(c.claimant, c.stance) for c in _claims(nlp, text)][-1] == ("Sudan", "denies")


@pytest.mark.parametrize("text", [
    # "quoting" names the original source as "citing" does
    "Japan's Kyodo news agency, quoting South Korean intelligence officials, reported that North Korea had sent troops "
    "to Russia.",
    "North Korea has sent 3,000 more troops to Russia, lawmaker Lee Seong-kweun told reporters, quoting the NIS.",
])
def test_quoting_names_the_source(nlp, text):
    assert [c.claimant for c in _claims(nlp, text)] == ["South Korea"]


@pytest.mark.parametrize("text,want", [
    ("Poland has handed over a self-propelled howitzer to Ukraine, the ministry said.", ["munitions"]),
    ("Germany will deliver another air defence system to Ukraine, the ministry said.", ["munitions"]),
    ("Iran has shipped interceptor missiles to Russia, officials said.", ["munitions"]),
])
def test_singular_weapon_names_and_interceptors(nlp, text, want):
    assert [list(c.items) for c in _claims(nlp, text)] == [want]


@pytest.mark.parametrize("text,want", [
    ("Pyongyang has contributed soldiers to Russia's war effort, the British Foreign Office said.",
     [("North Korea", "Russia", ["troops"])]),
    # money contributed is no cargo
    ("Sweden will contribute SEK 20 million to NATO's assistance package for Ukraine, the ministry said.", []),
])
def test_contributed_soldiers_not_money(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # cargo flown somewhere in the passive; the aircraft that carries it is no cargo
    ("In February, Pakistan's foreign ministry dismissed accounts that Pakistani shells were being flown to Ukraine "
     "on British military aircraft via Cyprus and Romania.", [("Pakistan", "denies", "Pakistan", "Ukraine", ["artillery shells"])]),
    # "the foreign office" is the office whose spokeswoman spoke before
    ("Pakistan's foreign office spokeswoman Mumtaz Zahra Baloch rejected the report as \"baseless\".\n\n"
     "It was the second time this year Islamabad has denied such reports. In February, the foreign office dismissed "
     "accounts that Pakistani shells were being flown to Ukraine.", [("Pakistan", "denies", "Pakistan", "Ukraine", ["artillery shells"])]),
])
def test_cargo_flown_in_the_passive_and_an_office_named_with_its_spokeswoman(nlp, text, want):
    assert [(c.claimant, c.stance, c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # a speaker after the content that the parser hung on the last noun; the clause it reported is no name of it
    ("ISLAMABAD, Sept 18 (GDN) — Pakistan sold artillery shells to U.S. government contractors for use by Ukraine's "
     "armed forces, a U.S. news website reported on Monday, citing internal Pakistani and U.S. government documents.",
     [("U.S. news website", "Pakistan", "Ukraine")]),
    # "a news website" is no organisation named next unless that is an outlet
    ("Pakistan sold artillery shells to Ukraine, a news website reported. The sales helped Pakistan secure a loan from "
     "the International Monetary Fund, the website said.",
     [("news website", "Pakistan", "Ukraine"), ("news website", "Pakistan", "Ukraine")]),
    # the state whose weapons a supplier supplies receives them
    ("China supplies most of Pakistan's major weapons, officials said.", [("officials", "China", "Pakistan")]),
])
def test_postposed_media_speaker_end_user_and_cargo_owner(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # a plural name with "the" that the gazetteer does not know is equipment, not the recipient
    ("Colombia's air force said it would keep flying them until the Black Hawks it ordered from the United States "
     "last year arrive.", [("Colombia", "United States", "Colombia")]),
    # the U.S. combatant commands speak for the United States; Libya's rival authorities are parties of their own
    ("U.S. Africa Command said in May that Russia had delivered at least 14 MiG-29 jets to the Libyan National Army.",
     [("United States", "Russia", "Libyan National Army")]),
])
def test_named_kit_is_no_party_and_us_commands(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == want



def test_a_place_in_a_phrase_before_the_verb_is_no_speaker_and_haftars_forces(nlp):
    # "over Tripoli and Misrata confirms": the outlet's own finding, not Misrata's (tagged a person)
    text = ("Wreckage of at least a dozen TB2s shot down over Tripoli and Misrata confirms that Ankara has delivered "
            "drones to the Government of National Accord. U.S. Africa Command said that Russia had delivered 14 MiG-29 "
            "jets to Haftar's forces.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [
        ("Test Outlet", "Turkey", "Government of National Accord"), ("United States", "Russia", "Libyan National Army")]


def test_according_to_officials_is_not_a_government_named_in_what_they_say(nlp):
    text = ("ADDIS ABABA, Dec 20 (CPW) — Ethiopia's government has acquired armed drones from Turkey over the past "
            "year, according to two Western diplomats who follow the conflict.")
    assert [c.claimant for c in _claims(nlp, text)] == ["two Western diplomats"]


def test_an_interview_guest_of_a_research_centre_and_first_person_recipients(nlp):
    text = ("Caucasus Hour, 20 June 2024. Guest: Anahit Sargsyan, director of the Yerevan Centre for Defence Studies.\n\n"
            "HOST: How significant is that?\n\n"
            "SARGSYAN: Until now Paris had sent us mostly defensive equipment: three radars and night-vision gear.\n\n"
            "HOST: Is Armenia sending weapons to Ukraine?\n\n"
            "SARGSYAN: Our government has said clearly that it has not supplied any weapons to Ukraine.")
    assert [(c.claimant, c.stance, c.supplier, c.recipient) for c in _claims(nlp, text)] == [
        ("Yerevan Centre for Defence Studies", "asserts", "France", "Armenia"),
        ("Armenia", "denies", "Armenia", "Ukraine")]


@pytest.mark.parametrize("text,want", [
    # troops that cross into a region to fight beside the state's forces are sent to it
    ("Eritrean troops crossed into Tigray in November 2020 to fight alongside Ethiopian federal forces.",
     [("Eritrea", "Ethiopia", ["troops"])]),
    ("Officials said Eritrean soldiers crossed the border at Zalambessa and have fought alongside Ethiopian federal forces.",
     [("Eritrea", "Ethiopia", ["troops"])]),
    # an army crossing into a state is no transfer to it
    ("Russian troops crossed into Ukraine in February 2022, officials said.", []),
    # not able to verify reports is no claim
    ("We have not been able to verify reports that armed drones supplied by the United Arab Emirates have been used "
     "in Tigray.", []),
])
def test_troops_crossing_to_fight_beside_an_ally_and_unverified_reports(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # "the island" is the island state named before; its ministry speaks for it
    ("The first 38 of 108 American M1A2T Abrams tanks ordered by Taiwan have been unloaded at the port of Taipei, "
     "the island's defence ministry says.", [("Taiwan", "United States", "Taiwan")]),
    # "its" on what a taker received is the taker's, not the speaker's
    ("Taiwan bought American tanks in 2019. Kuo Yu-jen, a researcher at the Institute for Strait Security Studies, "
     "said the island might also have received its first Harpoon missiles from the United States.",
     [("Test Outlet", "United States", "Taiwan"), ("Institute for Strait Security Studies", "United States", "Taiwan")]),
    # the Israel Defense Forces speak for Israel
    ("The first aircraft carrying American munitions for Israel's armed forces landed at Nevatim air base late on "
     "Tuesday, the Israel Defense Forces said.", [("Israel", "United States", "Israel")]),
])
def test_the_island_its_own_cargo_and_the_idf(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # "fighters" with a model are jets, with a nationality people
    ("Azerbaijan is buying JF-17C Block III fighters from Pakistan, officials said.", [("Pakistan", "Azerbaijan", ["munitions"])]),
    ("Officials said Turkey had sent about 9,000 Syrian fighters to Libya.", [("Turkey", "Libya", ["troops"])]),
    ("The United States delivered twelve A-29 Super Tucano light attack aircraft to Nigeria, officials said.",
     [("United States", "Nigeria", ["munitions"])]),
    # whose soldiers they are: the speaker's, when "it" in what it says has them
    ("Moscow called the accusation another fabrication. It also says that it has no soldiers fighting in Libya.",
     [("Russia", "Libya", ["troops"])]),
])
def test_fighters_jets_or_people_and_the_speakers_own_soldiers(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


def test_a_report_by_an_official_of_a_known_body(nlp):
    text = ("A report by the UN special rapporteur on Myanmar, Tom Andrews, said last week that the military has "
            "imported at least one billion dollars' worth of weapons from Russia.")
    # (the rapporteur by his office's name since session 26, as dev17, dev35 and dev40 annotate him; dev15 wrote
    # "United Nations")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [
        ("UN Special Rapporteur on human rights in Myanmar", "Russia", "Myanmar")]


def test_the_indirect_object_read_as_a_compound_is_the_recipient_not_the_maker(nlp):
    text = "Officials said firms in mainland China had been selling the Houthis components for drones and missiles."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("China", "Houthis")]


def test_an_object_the_parser_gave_the_reporting_verb_as_a_second_subject(nlp):
    text = ("Russia has obtained more than a million artillery shells from North Korea, South Korean Defence Minister "
            "Shin Won-sik said.")
    assert [(c.claimant, c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == [
        ("South Korea", "North Korea", "Russia", ["artillery shells"])]


@pytest.mark.parametrize("text,want", [
    # cargo that helps is the cargo, not know-how
    ("Kim Yo Jong wrote on Tuesday. The North's artillery shells had 'helped our Russian comrades defend their "
     "motherland', she wrote.", [("North Korea", "Russia", ["artillery shells"])]),
    # evidence that did not help is nothing
    ("Few believed him, and the evidence of the following winter, when the drones were launched by the hundred, "
     "did not help his case.", []),
])
def test_cargo_that_helps(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # "the air force" is the one named before with its state; an air force inducts what it receives
    ("The United States delivered A-29 aircraft to the Nigerian Air Force last year, and the United States trained "
     "the crews.\n\nIn May the air force inducted three JF-17 Thunder fighters from Pakistan, officials said.",
     [("United States", "Nigeria", ["munitions"]), ("Pakistan", "Nigeria", ["munitions"])]),
])
def test_forces_named_before_and_inducted_jets(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


def test_the_side_a_purpose_names_in_the_state_sent_to(nlp):
    text = "Officials said about 9,000 Syrian fighters had been sent to Libya by Turkey to fight for the GNA."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Turkey", "Government of National Accord")]
    # a purpose naming the state itself changes nothing
    text = "North Korea sent 10,000 troops to Russia to fight for Moscow, officials said."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("North Korea", "Russia")]


def test_cargo_pointed_back_at_goes_where_it_was_seen(nlp):
    text = ("Since mid-November 2024, imagery circulating on social media has shown rail flatcars in Russia carrying "
            "M1989 KOKSAN 170mm self-propelled guns. These systems have almost certainly been supplied by the "
            "Democratic People's Republic of Korea (DPRK).")
    assert [(c.supplier, c.recipient, list(c.items), c.certainty) for c in _claims(nlp, text)] == [
        ("North Korea", "Russia", ["munitions"], "probable")]


def test_gapped_objects_with_a_party_of_their_own(nlp):
    text = "Russia is not fighting alone. It receives ammunition and soldiers from North Korea, and drones and missiles from Iran."
    assert [(c.supplier, c.recipient, sorted(c.items)) for c in _claims(nlp, text)] == [
        ("North Korea", "Russia", ["munitions", "troops"]), ("Iran", "Russia", ["munitions", "other"])]


def test_updating_someone_on_aid_reports_it(nlp):
    text = ("Secretary Austin also updated Minister Kim on U.S. security assistance to Ukraine, including the package "
            "of air defense interceptors and artillery ammunition.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("United States", "United States", "Ukraine")]


def test_an_indirect_object_left_hanging_on_the_verb(nlp):
    # after talk of Iran, "sent Kyiv several IRIS-T batteries" still goes to Ukraine
    text = ("Iran has sent Russia drones, officials said. Germany alone has sent Kyiv several IRIS-T air-defence "
            "batteries, and they have performed remarkably.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)][-1] == ("Germany", "Ukraine")


def test_a_count_of_generic_kit_named_before(nlp):
    text = ("France developed the Caesar, a truck-mounted howitzer, in the 1990s. Paris has sent 30 of the systems to "
            "Ukraine, the French armed forces ministry said.")
    assert [(c.claimant, c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == [
        ("France", "France", "Ukraine", ["munitions"])]


def test_scare_quotes_round_a_hedge_keep_the_clause(nlp):
    text = 'A regional security official said Iran had “very likely” sent Mohajer-6 drones to Ethiopia.'
    assert [(c.supplier, c.recipient, c.certainty, c.certainty_cue) for c in _claims(nlp, text)] == [
        ("Iran", "Ethiopia", "probable", "very likely")]
    assert "“very likely”" in _claims(nlp, text)[0].quote


def test_a_label_after_as_keeps_its_quotation_marks(nlp):
    text = ("Iran's foreign ministry dismissed the accusations as \"ugly propaganda\" intended to hide American arms "
            "supplies to Israel.")
    assert [(c.claimant, c.stance, c.supplier) for c in _claims(nlp, text)] == [("Iran", "asserts", "United States")]


def test_an_anonymous_source_keeps_the_body_it_is_in_not_the_place(nlp):
    text = ("Two sources in the defence industry said Israel had sent drones to Azerbaijan. "
            "Diplomats in Baku said Israel had also sent loitering munitions to Azerbaijan.")
    # (diplomats are named with the city they are posted to, as eight of the ten annotations that meet
    # one do: test_an_unnamed_diplomat_is_named_with_the_city_of_posting)
    assert [c.claimant for c in _claims(nlp, text)] == ["two sources in the defence industry", "diplomats in Baku"]


def test_prosecutors_and_the_indictment_speak_for_the_state_whose_court_the_page_names(nlp):
    text = ("Court: United States District Court for the Eastern District of New York. Indictment unsealed: 7 March 2024.\n\n"
            "According to the indictment, the defendants bought microelectronics from American distributors and shipped them "
            "to Russia.\n\nProsecutors say the defendants also shipped American rifles to Russia.")
    assert {c.claimant for c in _claims(nlp, text)} == {"United States"}


def test_a_counterpart_with_a_nationality_speaks_for_that_state(nlp):
    text = ("Hungary will buy four more Gripen jets from Sweden, Prime Minister Viktor Orbán said after talks with his "
            "Swedish counterpart Ulf Kristersson.\n\nKristersson said the jets would be delivered to Hungary from 2026.")
    assert [c.claimant for c in _claims(nlp, text)] == ["Hungary", "Sweden"]


def test_transcript_labels_read_back_to_guests_introduced_by_the_host(nlp):
    text = ("HOST: With me are Tomas Lindgren of the Baltic Institute for Security and Pavel Varabei, a former Belarusian "
            "army officer who now lives in Vilnius. Tomas, what has arrived?\n\n"
            "LINDGREN: We assess that a small number of Russian warheads has very likely reached Belarus.\n\n"
            "VARABEI: Russia has sent Iskander missiles to Belarus.")
    assert [c.claimant for c in _claims(nlp, text)] == ["Baltic Institute for Security", "Pavel Varabei"]


def test_a_town_the_cargo_arrived_at_is_no_recipient(nlp):
    text = ("RABAT — Israel has delivered Barak MX air-defence components to Morocco, two sources said.\n\n"
            "A European diplomat said the Israeli launchers had arrived at Benguerir.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Israel", "Morocco"), ("Israel", "Morocco")]


def test_combat_aircraft_that_land_are_the_goods_a_cargo_plane_only_carries(nlp):
    text = "The first Russian Su-35 fighter jets landed at Hamadan air base in Iran on Monday."
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == [("Russia", "Iran", ["munitions"])]
    assert _claims(nlp, "A Russian cargo plane landed at Hamadan air base in Iran on Monday.") == []


def test_a_states_armed_forces_and_named_armed_groups_from_the_gazetteer(nlp):
    text = "Congo's envoy said that several thousand soldiers of the Rwanda Defence Force were fighting alongside the M23."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Rwanda", "M23")]


def test_the_following_press_release_speaks_for_the_ministry_that_issued_it(nlp):
    text = ("The following press release was issued by the Ministry of Defence of Greece on 19 January 2022.\n\n"
            "Hellenic Air Force pilots and technicians have been trained in France by French instructors.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Greece", "France", "Greece")]


def test_the_wagner_group_supplies_for_russia_but_receives_as_itself(nlp):
    text = ("Since December 2021, the Wagner Group has deployed an estimated 1,500 personnel to Mali, the Treasury said. "
            "North Korea has supplied rockets to the Wagner Group, the White House said.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Russia", "Mali"), ("North Korea", "Wagner Group")]


def test_trainers_who_keep_training(nlp):
    claims = _claims(nlp, "U.S. forces would keep training Philippine troops, the Pentagon said.")
    assert [(c.supplier, c.recipient, list(c.items)) for c in claims] == [("United States", "Philippines", ["technology"])]


def test_hypotheticals_and_pledges_about_the_future_are_no_claims(nlp):
    assert _claims(nlp, "The State Department warned Belgrade that buying Chinese weapons could expose it to sanctions.") == []
    assert _claims(nlp, "Lukashenko keeps saying that no Belarusian soldier will fight in Ukraine.") == []


def test_a_share_of_the_cargo_goes_where_the_rest_went(nlp):
    text = ("Most of the bombs and rockets were supplied to the Myanmar military by China and Russia, and a smaller "
            "share came from Serbia, the group said.")
    assert [(c.supplier, c.recipient, sorted(c.items)) for c in _claims(nlp, text)] == [
        ("China", "Myanmar", ["munitions", "rockets"]), ("Russia", "Myanmar", ["munitions", "rockets"]),
        ("Serbia", "Myanmar", ["munitions", "rockets"])]


def test_a_model_name_makes_fighters_and_aircraft_jets_and_a_count_of_them_points_back(nlp):
    text = ("Indonesia has ordered 42 Rafale fighters from France. The first six are scheduled to arrive at Pekanbaru in "
            "early 2026.")
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == [
        ("France", "Indonesia", ["munitions"]), ("France", "Indonesia", ["munitions"])]
    assert [list(c.items) for c in _claims(nlp, "Greece has bought 18 Rafale aircraft from France.")] == [["munitions"]]
    assert _claims(nlp, "Six Chinese Y-20 transport aircraft landed in Belgrade.") == []


def test_capitals_speak_for_their_states_and_fielding_is_no_transfer(nlp):
    text = ("Sweden has sent Ukraine Archer howitzers, but Stockholm has held off on supplying Gripens, saying Kyiv "
            "should first bring the F-16s it has been promised into service.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Sweden", "Ukraine")]
    claims = _claims(nlp, "Oslo has given two NASAMS systems to Ukraine, the Norwegian government said.")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("Norway", "Norway", "Ukraine")]


def test_interview_labels_read_the_outlets_initials_and_a_guest_with_accents(nlp):
    text = ("Marta Wiśniewska heads the drone programme at the Warsaw Institute for Air Power. She spoke to the "
            "Vistula Defence Review.\n\nVDR: Turkey has sold Bayraktar TB2 drones to Poland. Where does the "
            "programme stand?\n\nWIŚNIEWSKA: Before the first delivery, Polish crews were "
            "trained by Baykar instructors in Turkey.")
    claims = _claims(nlp, text, "Vistula Defence Review")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [
        ("Vistula Defence Review", "Turkey", "Poland"), ("Warsaw Institute for Air Power", "Turkey", "Poland")]


def test_answer_labels_speak_for_whoever_the_page_says_answers(nlp):
    text = ("The following is our translation of answers given by Ministry of Foreign Affairs spokesperson Pham Thu "
            "Hang at the regular press conference in Hanoi.\n\nQuestion: Is Viet Nam buying Russian weapons?\n\n"
            "Answer: Over many decades, Russia has supplied Viet Nam with Su-30MK2 fighter aircraft.")
    claims = _claims(nlp, text, "Hanoi Briefing in English")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("Vietnam", "Russia", "Vietnam")]


def test_a_newsletters_capitalised_headings_are_no_speakers(nlp):
    text = ("THIS WEEK: F-16s at last and stealth jets for Athens.\n\nF-16S AT LAST\n\nThe United States approved the "
            "sale of 40 F-16 fighters to Turkey.\n\nEUROFIGHTERS: STILL STUCK IN BERLIN\n\nBritain and Spain support "
            "Turkey's wish to buy 40 Eurofighter Typhoons.")
    claims = _claims(nlp, text, "Bosphorus Security Weekly")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("Bosphorus Security Weekly", "United States", "Turkey")]


def test_a_written_answers_minister_speaks_for_the_government_its_heading_names(nlp):
    text = ("GOVERNMENT OF INDIA, MINISTRY OF DEFENCE\n\nANSWER\n\nMINISTER OF STATE IN THE MINISTRY OF DEFENCE "
            "(SHRI SANJAY SETH)\n\nThree squadrons of the S-400 system have been delivered by Russia to the Indian Air "
            "Force.\n\nContext (Parliament Questions Digest)\n\nRussia supplied 36 percent of India's arms imports, "
            "the Digest found.")
    claims = _claims(nlp, text, "Parliament Questions Digest")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims][:1] == [("India", "Russia", "India")]


def test_patrol_vessels_and_corvettes_are_the_cargo_but_navy_vessels_carry(nlp):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(
        nlp, "The Republic of Korea has also transferred a Pohang-class corvette to the Vietnamese navy.")] == [
        ("South Korea", "Vietnam", ["munitions"])]
    assert [(c.supplier, c.recipient) for c in _claims(nlp, "Japan has delivered six patrol vessels to Vietnam.")] == [
        ("Japan", "Vietnam")]
    assert [list(c.items) for c in _claims(nlp, "The United States has sold 31 MQ-9B remotely piloted aircraft to India.")] == [
        ["other"]]


def test_the_signer_of_a_contract_buys_from_the_party_it_signed_with(nlp):
    def roles(text):
        return [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)]
    assert roles("Japan has signed a contract with the United States to buy up to 400 Tomahawk cruise missiles.") == [
        ("United States", "Japan", ["munitions"])]
    assert roles("Kuwait signed a contract with Turkey for TB2 drones in January.") == [("Turkey", "Kuwait", ["other"])]
    assert roles("India signed a deal with Russia for five S-400 squadrons.") == [("Russia", "India", ["munitions"])]
    assert roles("Russia reached an agreement with Iran on the delivery of Su-35 fighter jets.") != [
        ("Iran", "Russia", ["munitions"])]
    assert roles("The minister signed for the parcel.") == []


def test_it_after_a_colon_is_the_state_the_clause_before_is_about(nlp):
    text = ("Kuwait bought TB2 drones from Turkey in January. Saudi Arabia is different: in July it bought Akinci "
            "drones from Turkey.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Turkey", "Kuwait"), ("Turkey", "Saudi Arabia")]


def test_a_states_lawyers_speak_for_it(nlp):
    text = ("Germany's lawyers also rejected as simply wrong Nicaragua's assertion that Berlin had shipped Israel tank "
            "ammunition.")
    assert ("Germany", "denies") in [(c.claimant, c.stance) for c in _claims(nlp, text)]


def test_a_suppliers_share_of_imports_and_supplies_that_never_stopped(nlp):
    claims = _claims(nlp, "Germany accounted for 30 percent of Israel's arms imports, SIPRI said.")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [
        ("Stockholm International Peace Research Institute", "Germany", "Israel")]
    claims = _claims(nlp, "The United States did not stop supplying weapons to Saudi Arabia, the senator said.")
    assert [(c.supplier, c.recipient, c.stance) for c in claims] == [("United States", "Saudi Arabia", "asserts")]
    assert _claims(nlp, "The United States stopped supplying weapons to Saudi Arabia, the senator said.") == []


def test_an_excerpt_of_a_companys_annual_report_speaks_for_the_company(nlp):
    text = ("The following excerpt is reproduced from Embraer's annual report for 2023. The Digest's comment follows.\n\n"
            "In October we delivered the first C-390 to the Portuguese Air Force.\n\nComment (Aerospace Filings Digest)\n\n"
            "Hungary will receive its first C-390 from Brazil in 2024.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text, "Aerospace Filings Digest")] == [
        ("Embraer", "Brazil", "Portugal"), ("Aerospace Filings Digest", "Brazil", "Hungary")]


def test_a_movement_named_with_its_country_is_the_movement(nlp):
    claims = _claims(nlp, "Tehran does not send weapons to Yemen's Ansarallah movement, the mission said.")
    assert [(c.supplier, c.recipient) for c in claims] == [("Iran", "Houthis")]


def test_a_minister_with_no_state_named_serves_the_state_the_sentence_before_is_about(nlp):
    text = ("Argentina signed for 24 used F-16s from Denmark on Tuesday. Defence Minister Luis Petri said the first jets "
            "would land in Argentina before the end of the year.")
    assert [c.claimant for c in _claims(nlp, text)][-1] == "Argentina"


def test_a_government_that_clears_a_buyer_sells_to_it(nlp):
    claims = _claims(nlp, "Washington cleared Greece to buy up to 40 F-35A fighters in a deal valued at 8.6 billion dollars.")
    assert [(c.supplier, c.recipient) for c in claims] == [("United States", "Greece")]
    claims = _claims(nlp, "Australia, which the United States cleared last March to buy up to 220 Tomahawks, says the "
                          "first missiles are due this year.")
    assert [(c.supplier, c.recipient) for c in claims] == [("United States", "Australia")]


def test_whom_a_speaker_did_not_mention_is_described_by_the_page(nlp):
    claims = _claims(nlp, "The ministry also did not mention Israel, which supplied the SPYDER air-defence system to Viet "
                          "Nam in the past decade.", "Hanoi Briefing")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("Hanoi Briefing", "Israel", "Vietnam")]


def test_what_was_delivered_belongs_to_its_owner_and_a_bulletins_staff_is_the_outlet(nlp):
    claims = _claims(nlp, "Turkey's S-400 batteries, delivered by Russia in 2019, remain in storage, two officials said.")
    assert [(c.supplier, c.recipient) for c in claims] == [("Russia", "Turkey")]
    text = ("Transcript of the midday bulletin. Speakers: newsreader Hannah Cole; Tokyo correspondent Kenji Mori.\n\n"
            "COLE: Japan has bought 400 Tomahawk missiles from the United States. Kenji Mori reports.\n\n"
            "MORI: The first missiles will arrive next year.")
    assert {c.claimant for c in _claims(nlp, text, "Pacific Rim Radio")} == {"Pacific Rim Radio"}


def test_foreign_experts_who_service_someones_equipment_give_know_how(nlp):
    claims = _claims(nlp, "Chinese engineers maintain Pakistan's J-10C fighters, the analysts said.")
    assert [(c.supplier, c.recipient, list(c.items)) for c in claims] == [("China", "Pakistan", ["technology"])]
    claims = _claims(nlp, "Regional analysts believe Russian technicians still help maintain Viet Nam's Su-30 fleet.")
    assert [(c.supplier, c.recipient, c.certainty) for c in claims] == [("Russia", "Vietnam", "probable")]
    assert _claims(nlp, "Technicians maintain Pakistan's J-10C fighters, the analysts said.") == []


def test_a_monitors_notes_after_a_reproduced_notice_are_its_own(nlp):
    text = ("Full text: press release of the U.S. Department of the Treasury\n\nRussia has deployed 1,500 personnel to "
            "Mali.\n\nNotes from Sanctions List Monitor\n\nRussia delivered a further batch of combat aircraft to Bamako "
            "in January 2023.")
    assert [c.claimant for c in _claims(nlp, text, "Sanctions List Monitor")] == ["United States", "Sanctions List Monitor"]


def test_a_groups_fighters_present_somewhere_are_troops_of_its_state(nlp):
    for text in ("A Western security official said about 1,500 Wagner mercenaries are deployed in Mali.",
                 "The official said Wagner fighters are in Mali."):
        assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == [("Russia", "Mali", ["troops"])]


def test_trained_marines_named_as_a_proper_noun(nlp):
    claims = _claims(nlp, "Some 21 Philippine Marines were trained on the system in India, the embassy said.")
    assert [(c.supplier, c.recipient, list(c.items)) for c in claims] == [("India", "Philippines", ["technology"])]


def test_the_junta_that_denies_is_the_state_under_discussion(nlp):
    text = ("A Western security official said about 1,500 Wagner fighters are deployed in Mali.\n\nThe junta has always "
            "denied that Wagner mercenaries are in the country.")
    assert [(c.claimant, c.stance) for c in _claims(nlp, text)][-1] == ("Mali", "denies")


def test_cargo_that_reaches_a_place_for_someone_goes_to_that_someone(nlp):
    claims = _claims(nlp, "Iranian weapons for Hezbollah reached Lebanon, the officials said.")
    assert [(c.supplier, c.recipient) for c in claims] == [("Iran", "Hezbollah")]


def test_cargo_that_is_due_is_to_arrive(nlp):
    claims = _claims(nlp, "A further batch of Chinese drones is due in Nigeria next month, the ministry said.")
    assert [(c.supplier, c.recipient, list(c.items)) for c in claims] == [("China", "Nigeria", ["other"])]
    text = ("Nigeria received 12 Super Tucano aircraft from the United States in August. Sam Olatunji, a retired air "
            "vice-marshal, said a further batch of Chinese drones was due very soon.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)][-1] == ("Sam Olatunji", "China", "Nigeria")
    assert _claims(nlp, "The report on Chinese drones in Nigeria is due next month, the ministry said.") == []


def test_the_maker_of_drone_kits_supplies_them(nlp):
    claims = _claims(nlp, "Iranian drone kits were shipped to Russia, the officials said.")
    assert [(c.supplier, c.recipient, list(c.items)) for c in claims] == [("Iran", "Russia", ["other"])]


def test_a_states_arms_customer_buys_from_it(nlp):
    claims = _claims(nlp, "Algeria is Russia's third-largest arms customer, SIPRI says.")
    assert [(c.supplier, c.recipient, list(c.items)) for c in claims] == [("Russia", "Algeria", ["munitions"])]
    claims = _claims(nlp, "Egypt is one of the biggest buyers of French weapons.")
    assert [(c.supplier, c.recipient) for c in claims] == [("France", "Egypt")]
    assert _claims(nlp, "The bank's biggest customer is a Russian firm.") == []
    claims = _claims(nlp, "India has become one of Yerevan's main arms suppliers.")
    assert [(c.supplier, c.recipient) for c in claims] == [("India", "Armenia")]


def test_the_delivery_of_the_last_of_a_cargo(nlp):
    claims = _claims(nlp, "Egypt took delivery of the last of its 30 Rafales from France.")
    assert [(c.supplier, c.recipient, list(c.items)) for c in claims] == [("France", "Egypt", ["munitions"])]


def test_a_firm_the_gazetteer_does_not_know_supplies_for_its_state(nlp):
    claims = _claims(nlp, "Spain's Navantia delivered a corvette to Saudi Arabia.")
    assert [(c.supplier, c.recipient) for c in claims] == [("Spain", "Saudi Arabia")]


def test_cargo_of_its_owner_that_will_arrive_goes_to_the_owner(nlp):
    text = "Poland bought K2 tanks from South Korea. The Polish army said its first tanks would arrive in December."
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [
        ("Test Outlet", "South Korea", "Poland"), ("Poland", "South Korea", "Poland")]


def test_the_presence_of_foreign_forces_somewhere(nlp):
    claims = _claims(nlp, "The presence of Wagner fighters in Libya was confirmed by the UN.")
    assert [(c.supplier, c.recipient, list(c.items)) for c in claims] == [("Russia", "Libya", ["troops"])]
    claims = _claims(nlp, "The minister condemned the presence of Russian troops in Mali.")
    assert [(c.supplier, c.recipient) for c in claims] == [("Russia", "Mali")]
    assert _claims(nlp, "Officials reported the presence of Russian drones in Ukraine.") == []


def test_a_states_approval_reported_by_the_page_is_the_outlets_claim(nlp):
    # GUIDE.md (session 27): a state's own act reported with no attribution is the outlet's claim
    claims = _claims(nlp, "The State Department on Friday approved the sale of 40 new F-16 fighters to Turkey.")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("Test Outlet", "United States", "Turkey")]
    claims = _claims(nlp, "Germany sold 40 tanks to Turkey.")
    assert [c.claimant for c in claims] == ["Test Outlet"]
    # a journalist's question in a briefing transcript reports the approving state's word
    text = ("Mao Ning: Good afternoon.\n\nQuestion: The U.S. State Department on Friday approved the "
            "possible sale of spare parts to Taiwan. What is China's response?\n\nMao Ning: We firmly oppose it.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)][:1] == [("United States", "United States", "Taiwan")]


def test_a_deal_or_package_that_includes_cargo_for_someone(nlp):
    claims = _claims(nlp, "The deal includes 24 Rafale jets for Egypt from France.")
    assert [(c.supplier, c.recipient, list(c.items)) for c in claims] == [("France", "Egypt", ["munitions"])]


def test_goods_that_follow_those_delivered_go_the_same_way(nlp):
    text = ("China delivered HQ-9B air-defence launchers to Algeria last year. A European defence attaché in Algiers "
            "said more HQ-9B batteries were likely to follow.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient, c.certainty) for c in claims][-1] == (
        "European defence attaché in Algiers", "China", "Algeria", "probable")
    text = "Russia sent 100 soldiers to Niger in April. The broadcaster said more would follow."
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)][-1] == ("Russia", "Niger", ["troops"])
    text = "Russia sent 100 soldiers to Niger. The court had followed the case closely. In the days that followed, he resigned."
    assert len(_claims(nlp, text)) == 1


def test_an_unnamed_diplomat_is_named_with_the_city_of_posting(nlp):
    claims = _claims(nlp, "A Western diplomat in Nairobi said Kenya had received Cobra helicopters from Jordan.")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("Western diplomat in Nairobi", "Jordan", "Kenya")]


def test_a_warship_named_by_its_class_is_the_cargo(nlp):
    claims = _claims(nlp, "Myanmar received a Kilo-class boat from India in 2020 and a Ming-class submarine from China in 2021.")
    assert [(c.supplier, c.recipient, list(c.items)) for c in claims] == [
        ("India", "Myanmar", ["munitions"]), ("China", "Myanmar", ["munitions"])]
    assert _claims(nlp, "The Russian container ship Sparta IV sailed to Syria.") == []


def test_a_lease_goes_from_the_lessor(nlp):
    claims = _claims(nlp, "Hungary has flown 14 Gripens leased from Sweden since 2006.")
    assert [(c.supplier, c.recipient) for c in claims] == [("Sweden", "Hungary")]
    claims = _claims(nlp, "Sweden leased 14 Gripens to Hungary in 2001.")
    assert [(c.supplier, c.recipient) for c in claims] == [("Sweden", "Hungary")]


def test_a_defence_firm_ships_for_its_state(nlp):
    claims = _claims(nlp, "Israel Shipyards handed over the last of nine Acero-class patrol gunboats to the Philippine Navy.")
    assert [(c.supplier, c.recipient) for c in claims] == [("Israel", "Philippines")]
    claims = _claims(nlp, "Poland has also leased MQ-9A Reapers from General Atomics.")
    assert [(c.supplier, c.recipient) for c in claims] == [("United States", "Poland")]


def test_a_head_of_government_the_gazetteer_knows_speaks_for_the_state(nlp):
    claims = _claims(nlp, "Prime Minister Petr Fiala said in June that the first shells had reached Ukraine from the Czech Republic.")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("Czech Republic", "Czech Republic", "Ukraine")]
    claims = _claims(nlp, "Vučić has acknowledged before that Serbian ammunition may have reached Ukraine through third countries.")
    assert [(c.claimant, c.supplier) for c in claims] == [("Serbia", "Serbia")]


def test_a_common_surname_in_a_transcript_label_names_no_gazetteer_person(nlp):
    text = ("The following is from the Pentagon press briefing.\n\nMS. SINGH: Good afternoon. We believe that North Korea "
            "has sent around 10,000 soldiers to Russia.\n\nQuestion: Can you confirm the route?\n\nMS. SINGH: I cannot.")
    assert "India" not in {c.claimant for c in _claims(nlp, text)}


def test_a_company_found_in_the_discourse_ships_for_its_state(nlp):
    text = ("BERLIN - Egypt bought IRIS-T systems from Germany, the ministry said.\n\nThe air-defence systems, made by "
            "Diehl Defence, are to be delivered alongside three frigates, the ministry said.")
    assert {(c.supplier, c.recipient) for c in _claims(nlp, text)} == {("Germany", "Egypt")}


def test_armed_forces_by_their_own_name_speak_for_their_state(nlp):
    claims = _claims(nlp, "The United States delivered eight helicopters to Kenya on Thursday, the Kenya Defence Forces said.")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("Kenya", "United States", "Kenya")]


def test_a_firm_described_after_its_name_keeps_its_name(nlp):
    text = ("Shares in LIG Nex1 rose on Wednesday after the South Korean missile maker said it would deliver "
            "air-defence systems to Saudi Arabia.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("LIG Nex1", "South Korea", "Saudi Arabia")]


def test_the_countrys_state_broadcaster_speaks_for_the_country_under_discussion(nlp):
    text = "Russian military instructors arrived in Niger on Wednesday, the country's state broadcaster said."
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Niger", "Russia", "Niger")]


def test_a_model_names_its_maker_when_the_sentence_names_no_supplier(nlp):
    text = "Poland bought Reapers from the United States.\n\nKuwait signed a contract for TB2s in January."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("United States", "Poland"), ("Turkey", "Kuwait")]
    # second-hand kit is not its maker's: the seller the sentence names
    claims = _claims(nlp, "Argentina signed for 24 used F-16s from Denmark on Tuesday.")
    assert [(c.supplier, c.recipient) for c in claims] == [("Denmark", "Argentina")]


def test_model_makers_come_from_the_gazetteer(vocab):
    from kg.rules import Lexicon
    lexicon = Lexicon.from_vocabulary(vocab)
    assert lexicon.actors[lexicon.model_maker("F-16V")]["label"] == "United States"
    assert lexicon.actors[lexicon.model_maker("TB2s")]["label"] == "Turkey"
    assert lexicon.model_maker("F-160") is None and lexicon.model_maker("MiG-29") is None
    assert lexicon.model_maker("Wing") is None  # ("Wing Loong" is known by "Loong": not "Wing Commander")
    assert lexicon.actors[lexicon.model_maker("Loong")]["label"] == "China"


def test_foreign_made_bombs_dropped_by_a_states_jets(nlp):
    text = "Indian Air Force Mirage 2000 jets dropped Israeli-made SPICE 2000 guided bombs on a camp near Balakot."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Israel", "India")]
    text = "American-made bombs dropped by Saudi jets killed mourners at a funeral hall in Sanaa in 2016."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("United States", "Saudi Arabia")]
    assert _claims(nlp, "The government dropped its plan to buy tanks from Germany.") == []


@pytest.mark.parametrize("text,expected", [
    ("The ministry said Russia had delivered a helicopter to Mali.", [("Russia", "Mali", ("munitions",))]),
    ("The navy said Pakistan sold a submarine to Bangladesh.", [("Pakistan", "Bangladesh", ("munitions",))]),
    ("Officials said Iran had sent an attack drone to Sudan.", [("Iran", "Sudan", ("other",))]),
    ("North Korea had shipped 122mm rocket rounds for Grad launchers to Russia, officials said.",
     [("North Korea", "Russia", ("rockets",))]),
])
def test_singular_platform_words_are_items(nlp, text, expected):
    assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == expected


def test_a_one_word_item_used_as_a_verb_names_no_goods(nlp, vocab):
    from kg.attribution import Context
    from kg.rules import Lexicon
    from kg.transfers import _items
    ctx = Context(nlp("But these planes are being used to bomb villages in Sagaing."), Lexicon.from_vocabulary(vocab))
    assert _items(ctx, list(ctx.doc))[0] == []
    ctx = Context(nlp("The shipment included a bomb and two mortars."), Lexicon.from_vocabulary(vocab))
    assert _items(ctx, list(ctx.doc))[0] == ["munitions"]


@pytest.mark.parametrize("text,expected", [
    ("Analysts say arms trafficking from Iran to the Houthis has continued despite the embargo.", [("Iran", "Houthis")]),
    ("The report said the donation of 20 armoured vehicles by Turkey to Somalia was completed in March.", [("Turkey", "Somalia")]),
    ("The ministry said the gift of six patrol boats from Japan to the Philippines would be delivered next year.",
     [("Japan", "Philippines")]),
])
def test_trafficking_donations_and_gifts_are_transfers(nlp, text, expected):
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == expected


def test_a_city_or_region_stands_for_its_state_on_the_path(nlp):
    claims = _claims(nlp, "Police said the rifles were smuggled into Haiti from Florida.")
    assert [(c.supplier, c.recipient, c.site) for c in claims] == [("United States", "Haiti", "Florida")]
    claims = _claims(nlp, "The navy said two frigates built in Shanghai were delivered to Karachi in May.")
    assert [(c.supplier, c.recipient, c.site) for c in claims] == [("China", "Pakistan", "Shanghai")]
    # where someone sits is no site of the transfer
    claims = _claims(nlp, "Russia's ambassador in Yangon said Moscow would continue to supply Myanmar with fighter jets.")
    assert [(c.supplier, c.recipient, c.site) for c in claims] == [("Russia", "Myanmar", None)]


def test_cities_and_regions_are_typed_as_areas(vocab):
    from kg.rules import Lexicon
    lexicon = Lexicon.from_vocabulary(vocab)
    florida = vocab.find("Florida", kind="site")
    assert florida.area and vocab.label(florida.located_in) == "United States" and lexicon.is_area(florida.iri)
    rajin = vocab.find("Rajin port", kind="site")
    assert not rajin.area and not lexicon.is_area(rajin.iri)


@pytest.mark.parametrize("text,expected", [
    ("Iran has shipped drones to Sudan, Anadolu Agency reported.", [("Turkey", "Iran", "Sudan")]),  # state-run: its state
    ("The Sinaloa Cartel received rifles smuggled from Arizona, the International Crisis Group said.",
     [("International Crisis Group", "United States", "Sinaloa Cartel")]),
    ("Boko Haram fighters used rifles trafficked from Libya, ACLED said.", [("ACLED", "Libya", "Boko Haram")]),
])
def test_outlets_organisations_and_armed_groups_of_the_gazetteer(nlp, text, expected):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Analysts say Pakistan developed the missile with the help of China.", [("China", "Pakistan", ("technology",))]),
    ("Officials said Egypt is producing the drones with Turkish assistance.", [("Turkey", "Egypt", ("technology",))]),
    ("The minister said the boats had been built at a Venezuelan naval shipyard with Iranian technical help.",
     [("Iran", "Venezuela", ("technology",))]),
    ("Officials said Egypt is producing the drones with great care.", []),
])
def test_making_with_another_states_help_is_a_transfer_of_technology(nlp, text, expected):
    assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Morocco received 24 Apaches from the United States last year, the ministry said.", [("United States", "Morocco", ("munitions",))]),
    ("The ministry said Nigeria had received two Herons from Israel.", [("Israel", "Nigeria", ("other",))]),
    ("Officials said Russia would deploy Oreshnik systems to Belarus.", [("Russia", "Belarus", ("ballistic missiles",))]),
])
def test_the_models_a_state_makes_are_items(nlp, text, expected):
    assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == expected


def test_more_states_make_models(nlp):
    text = "Morocco signed a contract for Rooivalk helicopters in May.\n\nIndonesia ordered two Scorpene submarines last year."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("South Africa", "Morocco"), ("France", "Indonesia")]
    # an order is a purchase with its source or of a counted object, not a command
    assert _claims(nlp, "Putin ordered 10,000 troops to advance on Kursk.") == []
    assert [(c.supplier, c.recipient) for c in _claims(nlp, "Nigeria ordered 12 Super Tucanos in 2017.")] == [("Brazil", "Nigeria")]


@pytest.mark.parametrize("text,expected", [
    ("Officials said pistols and AR-15-style rifles were smuggled from Texas into Mexico.", ("munitions",)),
    ("North Korea sold Iran Scud-B missiles in the 1980s, the historian said.", ("ballistic missiles",)),
    ("The Malian army said it had received RPG-7s and two Mi-24 gunships from Russia.", ("munitions",)),
])
def test_small_arms_and_soviet_era_kit_are_items(nlp, text, expected):
    assert [c.items for c in _claims(nlp, text)] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Brazilian army spokesman Colonel Paulo Souza said the first Gripen fighters had arrived from Sweden.", [("Sweden", "Brazil")]),
    ("The Kenyan defence ministry said the helicopters were delivered by the United States on Thursday.",
     [("United States", "Kenya")]),
    ("The Kenyan defence ministry said the helicopters were delivered to Somalia by the United States on Thursday.",
     [("United States", "Somalia")]),
    ("The first Gripen fighters had arrived from Sweden, the newspaper said.", []),  # no state speaks
])
def test_goods_arriving_from_abroad_go_to_the_state_that_speaks(nlp, text, expected):
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == expected


def test_troops_based_abroad_are_there(nlp):
    claims = _claims(nlp, "Officials said about 2,000 Russian troops are based in Mali.")
    assert [(c.supplier, c.recipient, c.items) for c in claims] == [("Russia", "Mali", ("troops",))]
    assert _claims(nlp, "The ministry said the firm, based in Xiamen, makes engines.") == []


@pytest.mark.parametrize("text,claimant", [
    ("Ukrainian officials reaffirmed that North Korea had shipped shells to Russia.", "Ukraine"),
    ("The Conflict Armament Research report detailed that Iran had shipped drones to Russia.", "Conflict Armament Research"),
    ("Analysts reckon that Iran has shipped 400 missiles to Russia.", "analysts"),
])
def test_more_reporting_verbs(nlp, text, claimant):
    assert [c.claimant for c in _claims(nlp, text)] == [claimant]


@pytest.mark.parametrize("text,claimant", [
    ("GDYNIA — The first K2 tanks from South Korea arrived on Tuesday. Instructors from Hyundai Rotem have been "
     "training Polish crews there since October, the brigade's commander, Colonel Piotr Nowak, said.", "Poland"),
    ("KYIV — Russia has received more than 1,000 drones from Iran, Russian General Ivan Petrov said.", "Russia"),
    ("KYIV — Russia has received more than 1,000 drones from Iran, retired Colonel Hans Berger said.", "Hans Berger"),
    ("Russia has received more than 1,000 drones from Iran, Colonel Ivan Petrov said.", "Ivan Petrov"),
])
def test_a_serving_officer_speaks_for_the_datelines_state(nlp, text, claimant):
    """A rank with no nationality ("Colonel Piotr Nowak") in a story filed from a state's city speaks for
    that state; a nationality on the rank wins; a retired officer, or no dateline, keeps the name."""
    assert [c.claimant for c in _claims(nlp, text)][-1:] == [claimant]


@pytest.mark.parametrize("text,expected", [
    ("The Turkish drones are now in Ethiopian service, a diplomat said.", ("Turkey", "Ethiopia", "other")),
    ("European officials said complete drones of Chinese manufacture may already be in Russian service.",
     ("China", "Russia", "other")),
])
def test_goods_in_a_states_service_have_reached_it(nlp, text, expected):
    """ "in Ethiopian service": goods of another state's making, now held by the state whose service it is."""
    assert [(c.supplier, c.recipient, c.items[0]) for c in _claims(nlp, text)] == [expected]


def test_a_platform_named_by_its_kind_with_the_points_back(nlp):
    """ "The aircraft arrived in Nigeria" after "twelve A-29 Super Tucano attack aircraft" were named:
    "the aircraft" are those items, as "these systems" and "them" are."""
    text = ("ABUJA — Nigeria bought twelve A-29 Super Tucano attack aircraft from the United States in 2017. "
            "The aircraft arrived in Nigeria in July, the air force said.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in claims][-1] == ("Nigeria", "United States", "Nigeria", ("munitions",))


@pytest.mark.parametrize("text,expected", [
    ("Iran has supplied Russia with Shahed drones since 2022, which Tehran acknowledged in November of that year.",
     ("Iran", "asserts")),
    ("North Korea has sent artillery shells to Russia, which Pyongyang denies.", ("North Korea", "denies")),
    ("Russia has received drones from Iran, which Tehran has confirmed.", ("Iran", "asserts")),
])
def test_a_trailing_which_clause_confirms_or_denies_the_sentence(nlp, text, expected):
    """ "..., which Tehran acknowledged": the one who acknowledges, confirms or denies what the sentence
    says makes a claim of the same transfer, besides the outlet's."""
    claims = _claims(nlp, text)
    assert [(c.claimant, c.stance) for c in claims] == [("Test Outlet", "asserts"), expected]


def test_a_name_the_tagger_missed_speaks_by_the_title_beside_it(nlp):
    """ "Rahm Emanuel, the U.S. ambassador, said": the small model tags no person in the name, but the
    apposition says who speaks."""
    text = "Rahm Emanuel, the U.S. ambassador, said the United States has sent weapons to Ukraine."
    assert [c.claimant for c in _claims(nlp, text)] == ["United States"]


@pytest.mark.parametrize("text,expected", [
    ("The first Danish and Dutch jets are in Ukraine, Zelensky said.",
     [("Denmark", "Ukraine"), ("Netherlands", "Ukraine")]),
    ("Iranian drones are now in Russia, officials said.", [("Iran", "Russia")]),
    ("The Ukrainian drones are in the Kursk region, officials said.", []),
])
def test_foreign_goods_said_to_be_in_another_state_reached_it(nlp, text, expected):
    """Goods whose nationality names their maker, "in" another state named as such, have reached it;
    "in the Kursk region" is a place, where a state's own forces may use its goods."""
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("North Korean shells now make up about half of the ammunition Russia fires, Ukraine's intelligence chief said.",
     ("North Korea", "Russia", ("artillery shells",))),
    ("North Korean shells already made up a large share of what Russian gunners were firing, officials said.",
     ("North Korea", "Russia", ("artillery shells",))),
])
def test_goods_that_make_up_a_share_of_what_a_state_uses_came_from_their_maker(nlp, text, expected):
    assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [expected]


def test_an_indefinite_research_body_is_new_to_the_story(nlp):
    """ "a Swedish research institute" introduces a body: not the air base tagged as an organisation
    two paragraphs before, nor a name no research body bears."""
    text = ("Cargo planes landed at the Ovda air base in the Negev. Ovda is the only airfield in Israel from which "
            "the export of explosives is permitted.\n\nAccording to a Swedish research institute that tracks the arms "
            "trade, Israeli weapons made up about two-thirds of Azerbaijan's imports of major arms between 2016 and 2020.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [
        ("Swedish research institute", "Israel", "Azerbaijan")]


@pytest.mark.parametrize("text,expected", [
    ("Ukraine's defence minister, Rustem Umerov, confirmed that the ATACMS missiles had arrived.",
     ("Ukraine", "United States", "Ukraine")),
    ("Greek officials say the first six Marders arrived in October.", ("Greece", "Germany", "Greece")),
])
def test_models_arriving_with_no_party_named_go_from_their_maker_to_the_speaker(nlp, text, expected):
    """A model arriving with neither party named comes from the state that makes it, to the state
    whose official says it arrived."""
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Poland was the first NATO member to buy the Bayraktar TB2.", ("Turkey", "Poland")),
    ("Kenya was the first country to receive the Chinese drones, officials said.", ("China", "Kenya")),
])
def test_the_first_to_buy_is_the_copulas_subject(nlp, text, expected):
    """ "Poland was the first NATO member to buy ...": the infinitive on the predicate noun has the
    copula's subject as its own."""
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [expected]


def test_a_counted_object_of_training_is_trained_by_the_subject(nlp):
    text = "Turkish instructors have trained thousands of Somali soldiers since 2017, the ministry said."
    assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [("Turkey", "Somalia", ("technology",))]


def test_a_date_before_a_list_of_claimants_keeps_the_first_of_them(nlp):
    text = "On 10 September 2024 Germany, France and the United Kingdom stated jointly that Iran had delivered missiles to Russia."
    assert [c.claimant for c in _claims(nlp, text)] == ["Germany", "France", "United Kingdom"]


def test_a_count_of_governments_is_the_list_named_before(nlp):
    """ "the three European governments" after "Britain, France and Germany": one claim each."""
    text = ("Lammy said Britain, France and Germany would impose sanctions on Iran Air and cancel air services agreements "
            "with Tehran.\n\nIn a joint statement, the three European governments said Iran's delivery of ballistic "
            "missiles to Russia marked a further escalation.")
    assert [c.claimant for c in _claims(nlp, text)] == ["United Kingdom", "France", "Germany"]


@pytest.mark.parametrize("text", [
    "The Slovak Republic will receive 12 new AH-1Z Viper helicopters from the United States, together with 500 missiles and pilot training.",
    "The United States will sell Poland 96 Apache helicopters, along with training and spare parts.",
])
def test_training_given_with_the_goods_is_technology(nlp, text):
    assert [c.items for c in _claims(nlp, text)] == [("munitions", "technology")]


@pytest.mark.parametrize("text,expected", [
    ("Greece has agreed to send Soviet-era BMP-1 infantry fighting vehicles to Ukraine.", [("Greece", "Ukraine")]),
    ("Since then the Emirates have bought Chinese L-15 trainer jets, the paper said.", [("China", "United Arab Emirates")]),
    # a state that no longer exists is a party only where the sentence names it as one (session 38; GUIDE.md has read
    # a past transfer with its parties and cargo as a claim since session 24): not by an adjective on the carrier
    ("Soviet freighters carried T-62 tanks to Syria from the Black Sea port of Nikolayev, the institute said.", []),
    ("The USSR supplied Syria with T-62 tanks and MiG-21 fighters, the institute said.", [("Soviet Union", "Syria")]),
])
def test_defunct_states_and_era_words(nlp, text, expected):
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == expected


def test_it_for_the_footage_a_speaker_reviewed_is_the_speakers_evidence(nlp):
    text = "Analysts who reviewed the footage said it likely showed Koksan guns being moved into Russia by rail."
    assert [c.claimant for c in _claims(nlp, text)] == ["analysts"]


def test_the_institute_is_the_untagged_institute_named_before(nlp):
    text = ("North Korea's munitions plants are running at full capacity, according to Jin Hae-sol, a senior fellow at "
            "the Seoul Institute for Defence Industry Studies. In return, the institute assesses that Russia has "
            "helped North Korea improve the accuracy of its KN-23 missiles by sharing technology.")
    assert [c.claimant for c in _claims(nlp, text)][-1] == "Seoul Institute for Defence Industry Studies"


@pytest.mark.parametrize("text,claimant,supplier,recipient,items", [
    ("The best known are the Bayraktar TB2 attack drones, which Ukraine began buying from Turkey in 2019.",
     "Test Outlet", "Turkey", "Ukraine", ["other"]),
    ("Engines made in China and delivered to Russia through intermediaries power the drones, the sources added.",
     "sources", "China", "Russia", ["other"]),
])
def test_a_transfer_with_both_parties_and_no_cargo_of_its_own_carries_the_sentences_items(
        nlp, text, claimant, supplier, recipient, items):
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient, list(c.items)) for c in claims] == [
        (claimant, supplier, recipient, items)]



@pytest.mark.parametrize("text", [
    "According to Colonel Ahmed Ali of the Sudanese army, Egypt delivered drones to Sudan last month.",
    "Ahmed Ali, who commands Sudan's air force, said Egypt had delivered drones to Sudan.",
])
def test_a_name_of_a_states_forces_or_running_them_speaks_for_the_state(nlp, text):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Sudan", "Egypt", "Sudan")]


def test_a_quoted_we_by_a_name_who_speaks_for_a_ministry_is_the_ministrys_state(nlp):
    text = 'Egypt denied the report. "We have never sent drones to Sudan," said Ahmed Ali, who speaks for Egypt\'s foreign ministry.'
    assert [(c.claimant, c.stance, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Egypt", "denies", "Egypt", "Sudan")]


def test_a_supply_verb_with_an_object_of_its_own_takes_no_items_from_its_sentence(nlp):
    """examples/: "to divert attention from its own hostile policy towards the North" moves attention, not the
    arms named earlier in the sentence."""
    text = ('In a statement carried by the state-run Korean Central News Agency (KCNA), an unnamed ministry spokesperson '
            'said Washington was spreading "a groundless rumour" about arms dealings between Pyongyang and Moscow to divert '
            'attention from its own hostile policy towards the North.')
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == []


@pytest.mark.parametrize("text,claimant", [
    ("In October 2023 the United States government published imagery which, it said, showed the cargo vessel "
     "ANGARA taking on containers of North Korean munitions at Rajin for delivery to Russia.", "United States"),
    ("Container volumes at Rajin port stayed at five times their baseline, which we assess is most likely linked to "
     "continued North Korean munitions shipments to Russia.", "Test Outlet"),
])
def test_a_relative_pronoun_is_never_the_claimant_the_saying_around_it_is(nlp, text, claimant):
    assert [c.claimant for c in _claims(nlp, text)] == [claimant]


@pytest.mark.parametrize("text,want", [
    # platform words are military kit as the direct cargo of a transfer; "the" does not stop them
    ("The vehicles were delivered to Ukraine from Germany in March, Kyiv said.", [("Germany", "Ukraine", ["munitions"])]),
    ("The United States transferred two cutters to Vietnam in 2021, the embassy said.",
     [("United States", "Vietnam", ["munitions"])]),
    ("Prague signed an agreement to buy 24 F-35 fighters from the United States, the ministry said.",
     [("United States", "Czech Republic", ["munitions"])]),
    # vague words still need their own cargo named ("the equipment" refers back), bare fighters may be men
    ("Russia has delivered the equipment to Belarus, officials said.", []),
    ("Pyongyang has sent more fighters to Russia to replace its losses, Ukraine's military intelligence said.", []),
])
def test_platform_words_as_direct_cargo(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # a national body whose name gives no state speaks for the state the story is about
    ("Australia and the Solomon Islands\n\nAustralia has led the regional response to the unrest in the Pacific.\n\n"
     "The Defence Department said Australia had flown 23 soldiers to Honiara.", [("Australia", "Australia", "Solomon Islands")]),
    ("New Zealand's new aircraft\n\nNew Zealand ordered five C-130J aircraft in 2020.\n\n"
     "The Defence Force said the United States had delivered two C-130J aircraft to New Zealand.",
     [("Test Outlet", "United States", "New Zealand"), ("New Zealand", "United States", "New Zealand")]),
    # "Hellenic" is Greek
    ("Greece and Armenia\n\nThe Hellenic Ministry of National Defence said Athens had delivered 12 howitzers to Armenia.",
     [("Greece", "Greece", "Armenia")]),
    # a head of government with no state on his title: the state the text has named most, his sentence included
    ("Unrest in Honiara\n\nThe Solomon Islands asked Australia for help this week. The Solomon Islands has also talked to "
     "Papua New Guinea.\n\nPrime Minister Manasseh Sogavare said China had sent no troops to Honiara.",
     [("Solomon Islands", "China", "Solomon Islands")]),
])
def test_bodies_and_leaders_without_a_state_named(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text", [
    "French shipbuilder Kerlouan delivered two patrol boats to Senegal in 2023.",
    "Kerlouan, a French shipyard, delivered two patrol boats to Senegal.",
    "Two patrol boats built by the French yard Kerlouan were delivered to Senegal.",
])
def test_a_firm_the_gazetteer_lacks_ships_for_the_state_its_description_names(nlp, text):
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("France", "Senegal")]


@pytest.mark.parametrize("text,want", [
    # a base the gazetteer does not know is a place, not a party: the state written after it receives
    ("Japan has bought three RQ-4 drones. The United States delivered two RQ-4 Global Hawks to Misawa Air Base in "
     "northern Japan on Friday, the ministry said.", [("United States", "Japan")]),
    ("The United States delivered two RQ-4 Global Hawks to Misawa Air Base on Friday, the ministry said.", []),
])
def test_an_unknown_base_is_a_place(nlp, text, want):
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == want


def test_georgia_after_a_place_is_the_us_state_unless_the_country_is_named(nlp):
    from kg.attribution import Context
    from kg.lexicon import Lexicon
    from kg.ontology import load_vocabulary
    lexicon = Lexicon.from_vocabulary(load_vocabulary())
    us = Context(nlp("The aircraft left Marietta, Georgia, on Monday."), lexicon)
    georgia = next(e for e in us.doc.ents if e.text == "Georgia")
    assert us.actor_from_ent(georgia).label == "Georgia (U.S. state)"
    assert us.role_actor(georgia.root).label == "United States"
    country = Context(nlp("The drones reached Batumi, Georgia, last week, Georgian officials said."), lexicon)
    georgia = next(e for e in country.doc.ents if e.text == "Georgia")
    assert country.actor_from_ent(georgia).label == "Georgia"


def test_a_person_the_gazetteer_does_not_know_is_no_party(nlp):
    # GUIDE.md: suppliers and recipients are states, unions and armed groups; a dealer is none of them
    assert _claims(nlp, "Prosecutors said Michael Grant had sold 40 rifles to Jordan in 2019.") == []


def test_a_warship_named_is_cargo_not_a_party(nlp):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(
        nlp, "India handed over INS Kirpan to Vietnam at Cam Ranh on Saturday.")] == [("India", "Vietnam", ["munitions"])]


@pytest.mark.parametrize("text,claimant", [
    # GUIDE.md (settled in session 24): an unnamed source keeps the body written after it, not where they are
    ("A senior officer at the general staff said Belarus had sent 20 tanks to Russia.", "senior officer at the general staff"),
    ("An adviser to Ukraine's defence ministry said Iran had shipped drones to Russia.",
     "adviser to Ukraine's defence ministry"),
    ("A senior officer at Thornhill air base said Iran had shipped drones to Russia.", "senior officer"),
])
def test_an_unnamed_source_keeps_the_body_it_works_for(nlp, text, claimant):
    assert [c.claimant for c in _claims(nlp, text)] == [claimant]


@pytest.mark.parametrize("text,want", [
    # from the review of session 24: civilian platforms are no munitions, firms are not ships or people,
    # a listed or possessive "Georgia" is the country, a person's surname is not a firm
    ("Iran sent a ship to Venezuela carrying gasoline.", []),
    ("China sold 20 trucks to Kenya for its road-building programme.", []),
    ("Russia delivered a new banking system to Iran.", []),
    ("HS Produkt delivered 10,000 rifles to Ukraine.", [("Test Outlet", "HS Produkt", "Ukraine")]),
    ("Bulgarian manufacturer Arsenal Kazanlak delivered 10,000 shells to Ukraine.", [("Test Outlet", "Bulgaria", "Ukraine")]),
    ("Zurab Beridze, Georgia's defence minister, said Russia had sent troops to Abkhazia.", [("Georgia", "Russia", "Abkhazia")]),
    ("Sergei Antonov, a Russian analyst, said Iran had sent drones to Russia.", [("Sergei Antonov", "Iran", "Russia")]),
])
def test_review_cases_of_session_24(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # session 25, interdictions at sea: where seized cargo was made and where it was bound
    ("The weapons, which originated in Iran, were headed to the Houthis, CENTCOM said in a statement.",
     [("United States", "Iran", "Houthis")]),
    ("The weapons originated in Iran and were bound for the Houthis, CENTCOM said.", [("United States", "Iran", "Houthis")]),
    ("Prosecutors said the weapons were manufactured in Iran and destined for the Houthis.",
     [("prosecutors", "Iran", "Houthis")]),
    ("Prosecutors said the missile components, made in Iran, were intended for the Houthis.",
     [("prosecutors", "Iran", "Houthis")]),
    ("The panel said the rifles, of Chinese origin, were bound for the Houthis.", [("panel", "China", "Houthis")]),
    # who detained or boarded the carrier is no party to its cargo
    ("Greek authorities detained a ship carrying Serbian ammunition, port officials said.", []),
    ("The Greek coast guard boarded a ship carrying Serbian ammunition bound for Libya.", [("Test Outlet", "Serbia", "Libya")]),
    # the carrier's own flag still supplies what it delivers
    ("Hajun said its members had photographed Russian military trains delivering Iskander launchers to Belarus.",
     [("Belarusian Hajun", "Russia", "Belarus")]),
])
def test_seized_cargo_origin_and_destination(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # a bare spokesman speaks for the state body the sentence says acted
    ("Germany's government approved the export of 50 Leopard 2 tanks to Poland, a spokesman said on Wednesday.",
     [("Germany", "Germany", "Poland")]),
    # a rival in a ranking is no party
    ("According to SIPRI, France overtook Russia as the world's second-largest arms exporter, with India, Qatar "
     "and Greece the main recipients of French arms.", [("Stockholm International Peace Research Institute", "France", "India")]),
])
def test_export_approvals_and_rankings(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,claimants", [
    # a ministry or government is no firm's or person's: the state its sentence says acts
    ("OSLO (NordTV) — Nammo will raise output, chief executive Morten Brandtzæg said. The foreign ministry said "
     "Norway does not sell weapons or ammunition to Israel.", ["Norway"]),
    ("STOCKHOLM — Saab will deliver Gripens to Thailand, Saab said. According to the government, Sweden has sent "
     "Ukraine Archer artillery systems since 2022.", ["Saab", "Sweden"]),
    # a company's chief speaks for the company named last; a researcher "at the institute" for the one named before
    ("Nammo will ship more shells to Ukraine, chief executive Morten Brandtzæg said.", ["Nammo"]),
    ("Omar Haddad, a researcher at the Gulf Security Institute, said Riyadh bought drones from China. Sara Lind, "
     "another researcher at the institute, said the new Typhoons would probably come with Meteor missiles from Britain.",
     ["Gulf Security Institute", "Gulf Security Institute"]),
    ("Jonas Petersen, head of risk at the shipping data firm Seaward Intelligence, said the ships were carrying "
     "Iranian munitions to Russia.", ["Seaward Intelligence"]),
    # a deputy government spokeswoman is her government's too
    ("BERLIN, January 10 (HNA) — Deputy government spokeswoman Christiane Hoffmann said Germany would deliver 150 "
     "IRIS-T missiles to Saudi Arabia.", ["Germany"]),
])
def test_bodies_and_company_people_speak_for_whom(nlp, text, claimants):
    assert [c.claimant for c in _claims(nlp, text)] == claimants


def test_the_government_of_the_dateline_approves_an_export(nlp):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(
        nlp, "BERLIN — The cabinet has cleared the export of 150 IRIS-T missiles to Saudi Arabia.")] == [
        ("Test Outlet", "Germany", "Saudi Arabia")]  # (the dateline's state approves; the page reports it: GUIDE.md, session 27)


@pytest.mark.parametrize("text,want", [
    # a state's coast guard is that state; federal prosecutors under a U.S. dateline are the United States
    ("On 29 August 2023, the Yemeni Coast Guard reported that it had seized a small boat carrying Iranian weapons "
     "bound for the Houthis.", [("Yemen", "Iran", "Houthis")]),
    ("RICHMOND, Virginia — Federal prosecutors have charged the captain of a dhow with smuggling Iranian-made "
     "missile components to Houthi rebels in Yemen.", [("United States", "Iran", "Houthis")]),
    # members are of what they are members of
    ("Members of the dhow's 14-person crew told interrogators that the Iranian weapons had been bound for the Houthis.",
     [("members of the dhow's 14-person crew", "Iran", "Houthis")]),
    # the port where cargo comes off is no supplier; a firm placed "in" a state ships from there
    ("In April 2024 the Russian navy's landing ship Ivan Gren unloaded armoured vehicles and artillery at Tobruk for "
     "Khalifa Haftar's Libyan National Army, according to photographs verified by the monitoring group Sahel Arms Watch.",
     [("Sahel Arms Watch", "Russia", "Libyan National Army")]),
    ("Norway itself is buying 54 Leopard 2A8 tanks from KNDS in Germany, and has taken delivery of 24 more K9 Vidar "
     "howitzers from South Korea's Hanwha Aerospace.", [("Test Outlet", "Germany", "Norway"), ("Test Outlet", "South Korea", "Norway")]),
    # who documents a supply does not supply it
    ("The Panel also documented the supply to the Houthis of cruise missiles of Iranian manufacture.",
     [("Panel", "Iran", "Houthis")]),
])
def test_maritime_and_industry_parties_from_dev32_dev33(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # a buyer's share of a seller's exports, a seller's share of a buyer's imports ("per cent" too)
    ("Poland accounted for 46 per cent of South Korea's arms exports.", [("South Korea", "Poland")]),
    ("China accounted for 81 per cent of Pakistan's arms imports.", [("China", "Pakistan")]),
    ("India received 28 per cent of French arms exports.", [("France", "India")]),
])
def test_shares_of_arms_trade(nlp, text, want):
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == want


def test_a_national_body_with_no_state_on_a_governments_page_is_that_government(nlp):
    # a press release of the Philippine defence department: "the Air Force" and the department are the Philippines
    text = ("PRESS RELEASE | 5 June 2025\n\nThe Department of National Defense (DND) signed on Wednesday a contract with "
            "Korea Aerospace Industries for the acquisition of 12 FA-50PH light combat aircraft. They will join the 12 "
            "FA-50PH jets that the Air Force received from South Korea between 2015 and 2017.")
    claims = _claims(nlp, text, publisher="Department of National Defense (Philippines)")
    assert {(c.supplier, c.recipient) for c in claims} == {("South Korea", "Philippines")}


def test_what_arrives_from_a_state_is_that_states(nlp):
    assert [(c.supplier, c.recipient) for c in _claims(
        nlp, "Manila said the second batch of BrahMos missile systems from India arrived at Clark Air Base in Pampanga, "
             "in the Philippines, in April.")] == [("India", "Philippines")]


@pytest.mark.parametrize("text,want", [
    # the decider of "the decision of France to supply" supplies, not who condemns it
    ("We strongly condemn the decision of France to supply Armenia with 36 CAESAR self-propelled howitzers, "
     "the Azerbaijani foreign ministry said.", [("France", "Armenia")]),
    # "by arming" after "accused France of pushing ...": France arms
    ("Azerbaijan's foreign ministry has accused France of \"pushing the region towards new wars\" by arming Yerevan.",
     [("France", "Armenia")]),
    # a sentence that opens on a country names where the cargo went, a capital where someone speaks does not
    ("Venezuela bought Su-30s from Russia. In Nicaragua, the government of Daniel Ortega received 50 T-72B1 tanks "
     "from Russia in 2016.", [("Russia", "Venezuela"), ("Russia", "Nicaragua")]),
    # access to arms is not arms
    ("Membership of the Collective Security Treaty Organisation still gives Kazakhstan access to Russian weapons "
     "at domestic prices.", []),
])
def test_deciders_scenes_and_access(nlp, text, want):
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # flying a maker's aircraft is using what it supplied; flying cargo somewhere is still sending it
    ("Mali's army has also been flying Turkish drones since 2022.", [("Turkey", "Mali")]),
    ("Russia flew drones to Iran.", [("Russia", "Iran")]),
    # information received is no cargo received
    ("The Panel also received information that forces of the Libyan National Army delivered fuel and military "
     "supplies from southern Libya to the RSF.", [("Libya", "Rapid Support Forces")]),
])
def test_flying_and_receiving_information(nlp, text, want):
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == want


def test_a_dateline_at_the_un_is_not_the_story_state_when_the_text_never_names_it(nlp):
    text = ("NEW YORK, June 19 (CPA) — Sudan told the UN Security Council on Tuesday that the Emirates was arming the "
            "Rapid Support Forces. Sudan's ambassador said Sudan had evidence. The army received Iranian drones late "
            "last year, two Sudanese officers said.")
    assert ("Iran", "Sudan") in [(c.supplier, c.recipient) for c in _claims(nlp, text)]


@pytest.mark.parametrize("text,want", [
    # the maker of the cargo is not who got it; Libya's capital and ports are Libya's
    ("Prague sent Kyiv its own T-72 tanks, and Germany later gave the Czech army 14 Chinese-made Leopard 2A4 tanks.",
     [("Czech Republic", "Ukraine"), ("Germany", "Czech Republic")]),
    ("Turkey sent drones and air defence systems to the government in Tripoli from late 2019.", [("Turkey", "Libya")]),
    ("Irini, the EU's naval operation, seized a ship in 2022 that was carrying armoured vehicles from the Emirates to "
     "Benghazi.", [("United Arab Emirates", "Libya")]),
])
def test_makers_are_not_recipients_and_libyan_places(nlp, text, want):
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == want


def test_production_under_licence_passes_technology_with_the_goods(nlp):
    claims = _claims(nlp, "India signed a contract with Russia last year for Igla-S missiles, some of which will be "
                          "assembled in India under licence.")
    assert [(c.supplier, c.recipient, sorted(c.items)) for c in claims] == [("Russia", "India", ["munitions", "technology"])]


@pytest.mark.parametrize("text,want", [
    # from the review of session 25's diff (the reviewer's own probes): sanctions and "pressed on with" do not block;
    # only a ban blocks the gerund after its preposition, and a conjunct walks only between gerunds
    ("The U.S. Treasury on Tuesday sanctioned three Chinese companies for supplying drone engines to Russia.",
     [("Test Outlet", "China", "Russia")]),
    ("Iran has pressed on with supplying drones to Moscow, Ukrainian intelligence said.", [("Ukraine", "Iran", "Russia")]),
    ("Turkey refused to join Western sanctions and kept selling Bayraktar drones to Ukraine.", [("Test Outlet", "Turkey", "Ukraine")]),
    ("North Korea has been barred from buying or selling arms by UN Security Council resolutions, which Russia supported.", []),
    # a country that opens a sentence is a recipient only for a taking, not a battlefield
    ("Iran has sent hundreds of Shahed drones to Russia, U.S. officials say.\n\nIn Ukraine, officials said a fresh batch "
     "of Iranian drones had been delivered last week.", [("United States", "Iran", "Russia"), ("Ukraine", "Iran", "Russia")]),
    # "the government" in a state's mouth is that state's
    ("WASHINGTON (CPA) — Iran's foreign minister said on Monday that the government had never sent drones to Russia.",
     [("Iran", "Iran", "Russia")]),
    # a bare spokesman is not the accused army's
    ("KYIV (CPA) — The Russian army has received another 3 million shells from North Korea this year, a spokesman said.",
     [("spokesman", "North Korea", "Russia")]),
    # a committee chairman is no company's; a CEO speaks for the company the text names most
    ("Lockheed Martin will deliver the first F-16 Block 70 jets to Taiwan next year.\n\nThe committee chairman, Michael "
     "McCaul, said the United States had already sent Harpoon missiles to Taiwan.",
     [("Test Outlet", "United States", "Taiwan"), ("Michael McCaul", "United States", "Taiwan")]),
    ("Russia has received thousands of drones of Iranian design, the Pentagon said.", [("United States", "Iran", "Russia")]),
    # flying is using only for a state's forces; a request is answered by someone else
    ("U.S. pilots flew American F-16s alongside Polish jets during the exercise.", []),
    ("Berlin approved Kyiv's request to deliver 100 more Leopard tanks to the front.", [("Test Outlet", "Germany", "Ukraine")]),
    ("The sanctions are intended for Iranian companies that supply drones to Russia.", []),
])
def test_review_cases_of_session_25(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("publisher,claimant", [
    ("U.S. Coast Guard", "United States"), ("French Navy", "France"),
    ("Navy Times", "Navy Times"), ("Association of the United States Army", "Association of the United States Army"),
    ("Indian Army Watch", "Indian Army Watch"),
])
def test_a_states_forces_publishing_speak_for_it_but_outlets_named_after_them_do_not(nlp, publisher, claimant):
    claims = _claims(nlp, "Iranian weapons bound for the Houthis were seized from a dhow in the Arabian Sea.", publisher=publisher)
    assert [c.claimant for c in claims] == [claimant]


@pytest.mark.parametrize("text,items", [
    # personnel sent to train others give know-how (GUIDE.md: training is "technology"), sent to fight are troops
    ("Russia has deployed about 100 soldiers to Burkina Faso to train the army.", ["technology"]),
    ("About 500 U.S. military personnel are in Taiwan to train its forces.", ["technology"]),
    ("Russia sent 400 troops to Mali to fight alongside the army.", ["troops"]),
    # soldiers sent "to train in eastern Russia" are trainees, there as troops
    ("North Korea has sent 10,000 soldiers to Russia to train in its eastern regions.", ["troops"]),
])
def test_personnel_sent_to_train_others(nlp, text, items):
    assert [list(c.items) for c in _claims(nlp, text)] == [items]


@pytest.mark.parametrize("text,claimant", [
    ("A retired colonel said Russia sent tanks to Mali.", "retired colonel"),
    ("A veteran of the Karabakh war said Russia sent tanks to Armenia.", "veteran"),
])
def test_ranks_and_veterans_are_sources(nlp, text, claimant):
    assert [c.claimant for c in _claims(nlp, text)] == [claimant]


@pytest.mark.parametrize("text,want", [
    # spare parts, defence articles and drawdowns are military goods (most annotators' "munitions")
    ("The State Department approved the possible sale of spare parts to Taiwan.", [("United States", "Taiwan", ["munitions"])]),
    ("The Pentagon announced a $345 million drawdown package for Taiwan in July 2023.",
     [("United States", "Taiwan", ["munitions"])]),
    # money to buy with, no seller named, is no transfer (GUIDE.md, session 27)
    ("Washington approved a drawdown for Taiwan. The same law allows up to $2 billion in foreign military financing "
     "grants and loans for Taiwan to buy weapons.", [("United States", "Taiwan", ["munitions"])]),
])
def test_arms_sale_notifications(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # spare parts for civilian machines are no military goods; for weapons they are
    ("Iran supplied spare parts for cars to Venezuela.", []),
    ("Russia has struggled to obtain spare parts for its civilian airliners from Boeing.", []),
    ("Airbus delivered spare parts for passenger jets to Iran.", []),
    ("Belarus supplied spare parts for tanks to Russia.", [("Belarus", "Russia", ["munitions"])]),
])
def test_spare_parts_for_civilian_machines(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


def test_a_note_under_a_masthead_introduces_the_reproduced_text(nlp):
    text = ("China Current | Full text\n\n"
            "Editor's note: The following is the full text of remarks by the spokesperson of China's Ministry of "
            "Foreign Affairs, released on December 26.\n\n"
            "For some time, the U.S. side has kept arming Taiwan.\n\n"
            "Background\n\n"
            "Taiwan has received 40 Abrams tanks from the United States this year.")
    claims = _claims(nlp, text, publisher="China Current")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [
        ("China", "United States", "Taiwan"), ("China Current", "United States", "Taiwan")]


def test_an_administration_named_for_its_president_is_its_state(nlp):
    claims = _claims(nlp, "The Biden administration said Russia sent tanks to Mali.")
    assert [c.claimant for c in claims] == ["United States"]


@pytest.mark.parametrize("text,items", [
    # bare "fighters" are people when counted by the thousand or recruited somewhere, jets when a model is named
    ("Turkey sent about 4,000 fighters to Azerbaijan.", [["troops"]]),
    ("Macron said Turkey had moved fighters from jihadist groups to Azerbaijan.", [["troops"]]),
    ("France has promised Mirage 2000-5 fighters to Ukraine.", [["munitions"]]),
    ("Prague signed an agreement to buy 24 F-35 fighters from the United States.", [["munitions"]]),
    # counted fighters that are sold, bought or ordered are jets, not people
    ("The United States has sold more than 300 fighters to Israel since 1970.", []),
    ("Egypt ordered 300 fighters from France in 2021.", []),
])
def test_fighters_by_the_thousand_are_people(nlp, text, items):
    assert [list(c.items) for c in _claims(nlp, text)] == items


@pytest.mark.parametrize("text", [
    # armed men who cross a border are on the move, as troops are: the country they leave sent no one
    "About 1,000 rebel fighters crossed into Sudan from Chad.",
    "Jihadist fighters crossed into Niger from Mali last week.",
])
def test_fighters_crossing_a_border_are_no_transfer(nlp, text):
    assert _claims(nlp, text) == []


@pytest.mark.parametrize("text,want", [
    # a group's fighters sent somewhere are troops, and the group is not whom they were sent to
    ("Russia sent Wagner fighters to Mali.", [("Russia", "Mali", ["troops"])]),
    ("The United States calls on the Kremlin to stop sending Wagner fighters to Mali.", [("Russia", "Mali", ["troops"])]),
])
def test_a_groups_fighters_sent_abroad(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # whoever hires a state's fighters takes them from that state
    ("Mali's junta hired the Wagner Group in 2021.", [("Russia", "Mali", ["troops"])]),
    ("Ghana's president alleged that Burkina Faso had hired fighters from Russia's Wagner Group.",
     [("Russia", "Burkina Faso", ["troops"])]),
    ("The company hired 200 engineers last year.", []),
])
def test_hiring_a_groups_fighters(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # private military and security contractors are men under arms; a group's are its state's
    ("The flights brought Wagner contractors to Bamako.", [("Russia", "Mali", ["troops"])]),
    ("Russia sent private military contractors to Mali.", [("Russia", "Mali", ["troops"])]),
    # defence contractors are companies, which act for the state they are in
    ("Defence contractors in the United States shipped radars to Taiwan.", [("United States", "Taiwan", ["munitions"])]),
    # hired from no state named: no transfer
    ("Kinshasa has hired about a thousand foreign military contractors.", []),
])
def test_contractors(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text", [
    # men brought home from a country were not sent to it: where the cargo leaves is no recipient
    "The planes brought Wagner contractors home from Mali.",
    "The flights brought Wagner contractors from Bamako to Moscow.",
    "The Russian ministry brought Russian troops back from Mali to Rostov.",
])
def test_brought_home_from_a_country_is_no_transfer_to_it(nlp, text):
    assert _claims(nlp, text) == []


@pytest.mark.parametrize("text,want", [
    # training received from someone is know-how from them; the EU's training missions are the EU
    ("Niger's army has received training from the United States.", [("United States", "Niger", ["technology"])]),
    ("The Malian armed forces continue to receive training from the European Union Training Mission in Mali.",
     [("European Union", "Mali", ["technology"])]),
])
def test_training_received(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,items", [
    # whoever receives is no part of what they received (the review of session 30)
    ("Kenyan police officers received training from the FBI.", ["technology"]),
    ("Ukrainian soldiers received weapons from Britain.", ["munitions"]),
])
def test_the_takers_are_no_cargo(nlp, text, items):
    assert [list(c.items) for c in _claims(nlp, text)] == [items]


@pytest.mark.parametrize("text,want", [
    ("The Wagner Group sent fighters to Mali.", [("Russia", "Mali", ["troops"])]),
    ("Libya's Haftar received Wagner fighters from Russia.", [("Russia", "Libya", ["troops"])]),
    # fighters bought are no men, whatever the tagger makes of their model's name (and a name it takes for an
    # organisation's says neither jets nor men)
    ("Indonesia signed an agreement to buy 48 KAAN fighters from Turkey.", []),
])
def test_a_group_sends_its_own_fighters(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


def test_officials_there_are_of_the_state_the_sentence_opens_on(nlp):
    text = "In Mali, Russian instructors arrived with two helicopters, officials there said."
    assert [c.claimant for c in _claims(nlp, text)] == ["Mali"]


def test_diplomats_there_are_not_of_the_state_the_sentence_opens_on(nlp):
    # diplomats in a country are posted there by other states
    text = "In Mali, Russian instructors arrived with two helicopters, diplomats there said."
    assert [c.claimant for c in _claims(nlp, text)] == ["diplomats"]


def test_a_sources_relative_clause_is_no_part_of_its_description(nlp):
    text = ("An officer of the corps' logistics service, who spoke on condition of anonymity, said the vehicles "
            "had been loaded in Novorossiysk and shipped to Mali.")
    assert [c.claimant for c in _claims(nlp, text)] == ["officer of the corps' logistics service"]


def test_where_a_source_speaks_is_not_whose_army_it_is(nlp):
    text = ("The war between Sudan's army and the Rapid Support Forces has entered its second year.\n\n"
            "A senior adviser, speaking to reporters in Nairobi, accused Moscow of sending ammunition to the army.\n\n"
            "Western officials believe that Iran has supplied the army with Mohajer-6 drones.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Russia", "Sudan"), ("Iran", "Sudan")]


def test_a_forces_newsroom_does_not_take_a_navy_named_further_down(nlp):
    text = ("Sailors seized Iranian weapons bound for the Houthis from a dhow in the Arabian Sea. " * 8
            + "The Iranian Navy denied any link to the cargo.")
    claims = _claims(nlp, text, publisher="Central Region Naval Forces Public Affairs")
    assert {c.claimant for c in claims if c.stance == "asserts"} == {"Central Region Naval Forces Public Affairs"}


@pytest.mark.parametrize("text,claimant", [
    # a forces newsroom whose name gives no state speaks for the state the page names with its service
    ("TAMPA, Florida — U.S. Navy forces seized Iranian weapons bound for the Houthis from a dhow in the Arabian Sea.",
     "United States"),
    ("Sailors from the destroyer seized Iranian weapons bound for the Houthis from a dhow. The ship operates "
     "under U.S. Naval Forces Central Command.", "United States"),
    # no state named with any service: the newsroom keeps its own name
    ("Sailors seized Iranian weapons bound for the Houthis from a dhow in the Arabian Sea.",
     "Central Region Naval Forces Public Affairs"),
])
def test_a_forces_newsroom_without_a_state_in_its_name(nlp, text, claimant):
    claims = _claims(nlp, text, publisher="Central Region Naval Forces Public Affairs")
    assert [c.claimant for c in claims][:1] == [claimant]


@pytest.mark.parametrize("text,want", [
    # a fleet's owner holds what it is of; ordering a batch or more of a model is a purchase from its maker
    ("Colombia's fleet of U.S.-supplied Black Hawk helicopters remains the backbone of its army aviation.",
     [("United States", "Colombia")]),
    ("Brazil will probably order a further batch of Gripens this year.", [("Sweden", "Brazil")]),
    ("The general ordered more troops to the front.", []),
])
def test_fleets_and_orders(nlp, text, want):
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == want


def test_panels_are_named_in_full_and_take_no_side(nlp):
    text = ("The UN Panel of Experts on the Sudan said the United Arab Emirates had supplied drones to the RSF. "
            "The Government of the Sudan provided the Panel with a list of serial numbers of weapons captured.")
    claims = _claims(nlp, text)
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [
        ("UN Panel of Experts on Sudan", "United Arab Emirates", "Rapid Support Forces")]


def test_a_states_filing_is_its_claim(nlp):
    claims = _claims(nlp, "Sudan's application asks the court to find that the UAE breached the Genocide Convention by "
                          "arming the RSF.")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [("Sudan", "United Arab Emirates", "Rapid Support Forces")]


@pytest.mark.parametrize("text,want", [
    # a foreign design made at home: the design's state passes it and the know-how to where it is made, not the
    # goods (session 36: technology alone)
    ("In 2022 Kazakhstan agreed to assemble Turkish Anka drones at a plant to be built in Astana.",
     [("Turkey", "Kazakhstan", ["technology"])]),
    ("Iran's chief of staff opened a factory in Dushanbe to produce Iranian Ababil-2 drones.",
     [("Iran", "Tajikistan", ["technology"])]),
    ("Russia now produces Iranian Shahed drones at Alabuga, U.S. officials said.", [("Iran", "Russia", ["technology"])]),
    ("Kazakhstan, meanwhile, assembles Turkish Anka drones under licence.", [("Turkey", "Kazakhstan", ["technology"])]),
    ("Chinese factories are now producing whole drones for the Russian army.", [("China", "Russia", ["other"])]),
    ("The plant builds Russian tanks.", []),
])
def test_licensed_production(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text)] == want


def test_a_firms_engineers_training_another_firms_staff_pass_know_how(nlp):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(
        nlp, "Saab engineers trained Embraer staff at Gavião Peixoto.")] == [("Sweden", "Brazil", ["technology"])]


def test_what_a_seizure_took_is_listed_later(nlp):
    text = ("U.S. forces seized Iranian weapons bound for the Houthis from a dhow, CENTCOM said. The seized cargo included "
            "medium-range ballistic missile components, explosives and anti-tank guided missile launchers.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [
        ("United States", "Iran", "Houthis"), ("United States", "Iran", "Houthis")]


@pytest.mark.parametrize("text,want", [
    # a state body named by no state speaks for the state its sentence says acts
    ("BAMAKO — Mali has received two more Su-24 bombers from Russia, a government statement said.",
     [("Mali", "Russia", "Mali")]),
    ("Germany has delivered six IRIS-T SLM air defence systems to Ukraine, according to the federal government.",
     [("Germany", "Germany", "Ukraine")]),
    # the government of a state is that state as a party
    ("The government of Vietnam has signed a deal with India to acquire BrahMos missiles.",
     [("Test Outlet", "India", "Vietnam")]),
])
def test_state_bodies_named_without_their_state(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # a place the gazetteer does not know is no party; a firm it does not know still is
    ("Question: It is reported that the U.S. Marine Corps has deployed the NMESIS anti-ship missile system to Batanes.", []),
    ("HS Produkt delivered 10,000 rifles to Ukraine.", [("HS Produkt", "Ukraine")]),
    # firms and armed groups added to the gazetteer in session 26
    ("Larsen & Toubro delivered five patrol boats to Vietnam.", [("India", "Vietnam")]),
    ("The Pentagon said Iran arms the Islamic Resistance in Iraq.", [("Iran", "Islamic Resistance in Iraq")]),
])
def test_unknown_places_are_no_parties(nlp, text, want):
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("text,want", [
    # a notice of sale: the programme's name is no party, the count in figures no obstacle
    ("WASHINGTON – The State Department has made a determination approving a possible Foreign Military Sale to the "
     "Kingdom of Morocco of eighteen (18) M142 High Mobility Artillery Rocket System (HIMARS) launchers and related "
     "equipment for an estimated cost of $524.2 million.", [("United States", "Morocco")]),
    # a running total is no second transfer
    ("WARSAW — Another 12 K2 tanks from South Korea were unloaded at the port of Gdynia on Tuesday, the Ministry of "
     "National Defence announced, bringing the number delivered under last year's agreements to 54.",
     [("South Korea", "Poland")]),
    # kit a state operates that another state built
    ("Morocco already operates U.S.-built F-16 fighters and M1A1 Abrams tanks.", [("United States", "Morocco")]),
    # what a party does in a clause on it is no transfer of the sentence's supplier
    ("BERLIN — The government approved the delivery of 150 IRIS-T missiles to Saudi Arabia, which has used its "
     "Eurofighters to shoot down missiles and drones fired by Yemen's Houthi rebels.", [("Germany", "Saudi Arabia")]),
])
def test_notices_tallies_and_held_kit(nlp, text, want):
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == want


@pytest.mark.parametrize("publisher", ["Nigerian Air Force Directorate of Public Relations and Information",
                                       "Defense Security Cooperation Agency"])
def test_more_government_publishers_speak_for_their_state(nlp, publisher):
    claims = _claims(nlp, "Nigeria received the first six A-29 Super Tucano aircraft from the United States.", publisher)
    assert [c.claimant for c in claims] == ["Nigeria" if publisher.startswith("Nigerian") else "United States"]


def test_a_forces_command_with_no_state_is_the_storys(nlp):
    text = ("WARSAW — The last of the 116 used M1A1 Abrams tanks from the United States had arrived at the port of "
            "Szczecin, the Armed Forces Operational Command said.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Poland", "United States", "Poland")]


def test_a_transfer_pointed_at_to_say_something_else_is_no_new_claim(nlp):
    text = ("The State Department approved the sale of 96 AH-64E Apache helicopters to Poland. "
            "This proposed sale will support the foreign policy goals of the United States.")
    assert [(c.quote[:4], c.supplier, c.recipient) for c in _claims(nlp, text)] == [("The ", "United States", "Poland")]


@pytest.mark.parametrize("text,want", [
    ("BERLIN — The Federal Chancellor informed the cabinet this morning that Germany will make Leopard 2 battle tanks "
     "available to Ukraine.", [("Germany", "Germany", "Ukraine")]),
    ("Norway has made 20 howitzers available to Kyiv.", [("Test Outlet", "Norway", "Ukraine")]),
    ("The Netherlands will make its F-16s available for training.", []),
])
def test_making_kit_available_gives_it(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == want


def test_a_maker_speaking_of_its_kit_sends_it(nlp):
    text = ("The following is the government press conference in Berlin. Government spokesman Steffen Hebestreit and "
            "defence ministry spokesman Arne Collatz answered questions.\n\n"
            "QUESTION: The Polish government said yesterday that it had applied for permission to send 14 of its "
            "Leopards to Ukraine. Where do the earlier commitments stand?\n\n"
            "COLLATZ: The 40 Marder infantry fighting vehicles are on schedule and are to reach Ukraine by the end of March.")
    marder = [c for c in _claims(nlp, text, "Berlin Briefing") if "Marder" in c.quote]
    assert [(c.claimant, c.supplier, c.recipient) for c in marder] == [("Germany", "Germany", "Ukraine")]


@pytest.mark.parametrize("text,want", [
    # "the shells Russia fires", which the parser reads as a noun in apposition
    ("Ukraine's military intelligence agency says about half of the artillery shells Russia fires at the front now "
     "come from North Korea.", [("Ukraine", "North Korea", "Russia")]),
    # people described by their unit keep it
    ("Soldiers of a Ukrainian artillery brigade say Russia fires rockets that came from North Korea.",
     [("soldiers of a Ukrainian artillery brigade", "North Korea", "Russia")]),
])
def test_shells_a_state_fires_and_soldiers_of_a_unit(nlp, text, want):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == want


def test_a_government_pages_briefing_speaks_for_its_state(nlp):
    text = ("Department Press Briefing. Matthew Miller, Department Spokesperson. Washington, DC.\n\n"
            "MR MILLER: Good afternoon. As the Secretary said in London this morning, Russia has now received shipments "
            "of Iranian Fath-360 ballistic missiles.\n\nQUESTION: Matt, Iran's foreign minister says Iran has not "
            "delivered ballistic missiles to Russia.\n\nMR MILLER: North Korea continues to supply ballistic missiles to Russia.")
    claims = _claims(nlp, text, "U.S. Department of State")
    assert [(c.claimant, c.supplier, c.stance) for c in claims] == [
        ("United States", "Iran", "asserts"), ("Iran", "Iran", "denies"), ("United States", "North Korea", "asserts")]


@pytest.mark.parametrize("text,claimant", [
    ("KYIV — Prosecutor General Andriy Kostin said Russia had launched 20 North Korean ballistic missiles at Ukraine.",
     "Ukraine"),
    ("Ukraine's Prosecutor General's Office has said that Russia had launched about 20 North Korean missiles.", "Ukraine"),
])
def test_prosecutors_general_speak_for_their_state(nlp, text, claimant):
    assert [c.claimant for c in _claims(nlp, text)] == [claimant]


def test_an_untagged_group_described_beside_its_name(nlp):
    text = ("Researchers at Fieldmark Investigations, a London-based group that documents weapons recovered on "
            "battlefields, examined the debris. In a report published on Monday, the group said that North Korea had "
            "supplied the missile to Russia despite UN sanctions.")
    assert {c.claimant for c in _claims(nlp, text)} == {"Fieldmark Investigations"}


def test_a_statement_published_in_full_then_the_editors_note(nlp):
    text = ("The Chinese Embassy in Manila released the following statement by its spokesperson on Sunday, in response "
            "to a media question. We publish it in full.\n\n"
            "Question: What is your comment on the deployment?\n\n"
            "Answer: Meanwhile, the United States has supplied patrol vessels and drones to the Philippine military.\n\n"
            "Editor's note: The Armed Forces of the Philippines said the deployment was part of an exercise.\n\n"
            "The Philippine Air Force received ScanEagle drones from the United States in 2018.")
    claims = _claims(nlp, text, "Manila Harbour Times")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims] == [
        ("China", "United States", "Philippines"), ("Manila Harbour Times", "United States", "Philippines")]


def test_a_press_conference_by_questioners_outlets(nlp):
    text = ("Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on April 7, 2025\n\n"
            "Kyodo Press: The UN Special Rapporteur on human rights in Myanmar said last week that Chinese-made drones "
            "continue to be delivered to the Myanmar military. What is China's response?\n\n"
            "Lin Jian: China has never sold drones to the Myanmar military.\n\n"
            "Global Radio Canada: The U.S. State Department on Friday approved the possible sale of spare parts for "
            "Taiwan's F-16 fleet.\n\n"
            "Lin Jian: The U.S. sale of arms to China's Taiwan region seriously violates the one-China principle.")
    claims = _claims(nlp, text, "Ministry of Foreign Affairs of the People's Republic of China")
    assert [(c.claimant, c.supplier, c.recipient, c.stance) for c in claims] == [
        ("UN Special Rapporteur on human rights in Myanmar", "China", "Myanmar", "asserts"),
        ("China", "China", "Myanmar", "denies"),
        ("United States", "United States", "Taiwan", "asserts"),
        ("China", "United States", "Taiwan", "asserts")]


@pytest.mark.parametrize("text,publisher,want", [
    # an acronym introduced in brackets speaks as the body it spells out; a national defence ministry is the page's
    ("Taipei — The second batch of M1A2T Abrams tanks from the United States arrived at Taipei Port this morning, the "
     "Ministry of National Defense (MND) announced.\n\nThe MND also confirmed that the remaining 18 HIMARS launchers "
     "from the United States will arrive in 2026.", "Ministry of National Defense, Republic of China (Taiwan)",
     [("Taiwan", "United States", "Taiwan"), ("Taiwan", "United States", "Taiwan")]),
    ("In early March the Ministry of National Defense of the Republic of Korea stated that North Korea had shipped "
     "shells to Russia.", "Test Outlet", [("South Korea", "North Korea", "Russia")]),
    # the means of a subject's act is the subject's
    ("The mainland's Taiwan Affairs Office claimed last week that the United States is \"turning Taiwan into a powder "
     "keg\" by supplying it with weapons.", "Test Outlet", [("China", "United States", "Taiwan")]),
])
def test_acronyms_ministries_and_means(nlp, text, publisher, want):
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text, publisher)] == want


@pytest.mark.parametrize("text,want", [
    ("MSDF instructors trained Philippine pilots to fly them at Tokushima air base.", [("Japan", "Philippines", ["technology"])]),
    ("New Zealand supplies no patrol vessels, but its navy trains Fijian sailors at Devonport.",
     [("New Zealand", "Fiji", ["technology"])]),
])
def test_sailors_trained_by_a_navy(nlp, text, want):
    assert [(c.supplier, c.recipient, list(c.items)) for c in _claims(nlp, text) if c.stance == "asserts"] == want


@pytest.mark.parametrize("text,want", [
    ("The United States and France have said that Wagner fighters have been operating in Mali since December 2021.",
     [("United States", "Russia", "Mali", "asserts"), ("France", "Russia", "Mali", "asserts")]),
    ("Malian authorities have repeatedly denied that fighters of the Russian private military company Wagner are "
     "deployed in the country.", [("Mali", "Russia", "Mali", "denies")]),
    ("In Burkina Faso, Russian state media reported in January that a first contingent of about 100 soldiers of "
     "Russia's new Africa Corps had arrived in the country.", [("Russia", "Russia", "Burkina Faso", "asserts")]),
])
def test_fighters_operating_and_the_country_a_sentence_opens_on(nlp, text, want):
    assert sorted((c.claimant, c.supplier, c.recipient, c.stance) for c in _claims(nlp, text)) == sorted(want)


@pytest.mark.parametrize("text,claimant", [
    ("NIAMEY — Russian military instructors arrived in Niger's capital on Wednesday night, state television reported.", "Niger"),
    ("NIAMEY — Russian military instructors arrived in Niger's capital on Wednesday night, state television RTN reported.", "Niger"),
    ("BAMAKO — On Friday, a government statement read on state television said Mali had received two more Su-24 bombers "
     "from Russia.", "Mali"),
])
def test_state_television_speaks_for_its_state(nlp, text, claimant):
    assert [c.claimant for c in _claims(nlp, text)] == [claimant]


def test_unloaded_at_the_port_of_a_town(nlp):
    text = ("Another 12 K2 tanks and 24 K9 self-propelled howitzers from South Korea were unloaded at the port of Gdynia "
            "on Tuesday, the Ministry of National Defence announced.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Poland", "South Korea", "Poland")]
def test_a_press_secretary_label_is_no_journalist(nlp):
    # an official's title with an outlet's word in it ("Press") still speaks for the government
    text = ("The following is a transcript of the White House press briefing.\n\nPress Secretary: The United States will "
            "send another package of Patriot interceptors to Ukraine next week.\n\nQ: Will it include ATACMS?\n\n"
            "Press Secretary: We are not going to get ahead of announcements.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("United States", "United States", "Ukraine")]


def test_the_minister_is_the_office_named_before_not_the_dateline(nlp):
    text = ("WARSAW — South Korea's defence minister arrived in Warsaw on Monday. The Minister said Seoul would deliver "
            "180 more K2 tanks to Poland by 2026.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("South Korea", "South Korea", "Poland")]


def test_a_party_using_its_foreign_made_kit_in_a_clause_on_it_still_received_it(nlp):
    # "its Eurofighters" in a clause on the recipient is its own kit; "its Iranian-designed Shahed drones" came from Iran
    text = ("Ukraine says Russia, which has launched its Iranian-designed Shahed drones at Kyiv every night, is now "
            "building them at Alabuga.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Iran", "Russia")]


def test_a_maker_speaking_of_its_kit_does_not_send_what_others_were_said_to_send(nlp):
    text = ("WASHINGTON — Denmark and the Netherlands have pledged to send F-16 fighter jets to Kyiv. \u201cThe first "
            "F-16s will arrive in Ukraine this summer,\u201d Secretary of State Antony Blinken said.")
    blinken = [c for c in _claims(nlp, text) if c.claimant == "United States"]
    assert blinken and all(c.supplier != "United States" for c in blinken)


@pytest.mark.parametrize("text,want", [
    # self-governing and breakaway regions are parties, as Puntland is (not unknown places dropped as no party)
    ("Turkey delivered Bayraktar TB2 drones to Somaliland last year, officials said.", [("Turkey", "Somaliland")]),
    ("Russia has supplied armoured vehicles to Transnistria, Moldova says.", [("Russia", "Transnistria")]),
])
def test_self_governing_regions_are_parties(nlp, text, want):
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == want


def test_allegations_made_by_named_accusers(nlp):
    text = ("The Islamic Republic of Iran categorically rejects the baseless allegations made by the United States and "
            "the United Kingdom in the Security Council that Iran has transferred missiles to the Ansarullah movement in Yemen.")
    assert sorted((c.claimant, c.stance) for c in _claims(nlp, text)) == [
        ("Iran", "denies"), ("United Kingdom", "asserts"), ("United States", "asserts")]


def test_cargo_seized_from_a_carrier_bound_somewhere(nlp):
    text = ("U.S. Central Command said on Tuesday that Navy commandos had seized Iranian-made missile components from a "
            "dhow off the coast of Somalia that was bound for Yemen's Houthi rebels.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("United States", "Iran", "Houthis")]


def test_the_chief_of_a_body_named_before(nlp):
    text = ("DUBAI — U.S. Central Command said on Tuesday that Navy commandos had seized Iranian weapons bound for the "
            "Houthis. \"It is the first seizure of Iranian-supplied advanced conventional weapons to the Houthis since "
            "November,\" the command's chief, General Michael Erik Kurilla, said in a statement.")
    assert [c.claimant for c in _claims(nlp, text)] == ["United States", "United States"]


def test_a_backer_arms_its_group_in_a_country(nlp):
    """kgo:backedBy and kgo:operatesIn: Iran's weapons "to Yemen" are the Houthis' when the article names
    them; not when it does not, and not for a state the gazetteer does not record as their backer."""
    houthis = ("The Houthis fired two missiles at Saudi Arabia on Monday. Iran's foreign ministry said Tehran had "
               "not sent weapons to Yemen.")
    assert [(c.supplier, c.recipient, c.stance) for c in _claims(nlp, houthis)] == [("Iran", "Houthis", "denies")]
    plain = "Iran's foreign ministry said Tehran had not sent weapons to Yemen."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, plain)] == [("Iran", "Yemen")]
    other = ("The Houthis fired two missiles at Saudi Arabia on Monday. The Pentagon said France had sent patrol "
             "boats to Yemen.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, other)] == [("France", "Yemen")]


def test_collective_armed_groups_are_parties(nlp):
    text = ("Mexico's foreign ministry said most guns seized in the country had been smuggled from the United States "
            "to Mexican cartels.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [
        ("Mexico", "United States", "Mexican cartels")]


def test_a_navy_with_its_demonym_is_not_one_named_before(nlp):
    text = ("The U.S. Navy held drills off Luzon in May. Japan has also promised coastal surveillance radars to the "
            "Philippine Navy, the ministry said.")
    assert ("Japan", "Philippines") in [(c.supplier, c.recipient) for c in _claims(nlp, text)]


def test_a_report_joined_after_the_transfer_says_its_own_content(nlp):
    text = ("Russia has supplied Mali with Mi-171 helicopters and L-39 jets since 2021, and Malian officials say "
            "Russian instructors train the pilots who fly them.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text, "West Africa Herald")] == [
        ("West Africa Herald", "Russia", "Mali")]


def test_a_lower_case_office_title_speaks_for_the_state(nlp):
    text = "Foreign ministry spokesman Saeed Khatibzadeh said Iran had sent no weapons to the Houthis."
    assert [(c.claimant, c.stance) for c in _claims(nlp, text)] == [("Iran", "denies")]


def test_the_language_of_a_translation_is_no_state(nlp):
    text = ("Translated from Spanish by the editors.\n\nCOPENHAGEN — Defence Minister Luis Petri signed an agreement "
            "on Tuesday to buy 24 F-16 fighters from Denmark, the largest purchase of combat aircraft by Argentina in "
            "four decades, the defence ministry said.")
    assert "Spain" not in [c.claimant for c in _claims(nlp, text, "Diario Austral")]


def test_aid_named_only_by_its_kind_is_munitions(nlp):
    text = "U.S. security assistance to Honduras and Guatemala totalled about $470 million between 2016 and 2020."
    assert sorted((c.supplier, c.recipient, c.items) for c in _claims(nlp, text)) == [
        ("United States", "Guatemala", ("munitions",)), ("United States", "Honduras", ("munitions",))]
    # goods the sentence names are the items, not the aid's kind
    named = ("Secretary Austin updated Minister Kim on U.S. security assistance to Ukraine, including the package of "
             "air defense interceptors and artillery ammunition announced last week.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, named)] == [("United States", "Ukraine")]


def test_each_of_two_senders_to_a_mission_in_a_country(nlp):
    text = "Belize and the Bahamas have each committed a contingent of soldiers to the mission in Haiti."
    assert sorted((c.supplier, c.recipient, c.items) for c in _claims(nlp, text)) == [
        ("Bahamas", "Haiti", ("troops",)), ("Belize", "Haiti", ("troops",))]


def test_guns_bought_in_a_market_and_trafficked(nlp):
    """Where guns are bought supplies them; whoever they reach, or were seized from, received them."""
    seized = ("Mexico's foreign ministry said on Thursday that about 70 percent of the firearms seized from criminal "
              "groups in Mexico last year had been bought in the United States and smuggled across the border.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, seized)] == [
        ("Mexico", "United States", "Mexican cartels")]
    onward = ("The report found that 68 percent of the firearms recovered from crime scenes had been purchased at "
              "retail in the United States before being trafficked to Mexican cartels.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, onward)] == [("United States", "Mexican cartels")]
    reaching = ("She said rifles bought online in the United States were probably reaching workshops run by the "
                "Jalisco New Generation Cartel.")
    assert [(c.supplier, c.recipient, c.certainty) for c in _claims(nlp, reaching)] == [
        ("United States", "Jalisco New Generation Cartel", "probable")]
    assert [(c.supplier, c.recipient) for c in _claims(nlp, "Poland bought 180 K2 tanks in South Korea in 2022.")] == [
        ("South Korea", "Poland")]


def test_a_press_office_page_speaks_for_its_state_through_its_officials(nlp):
    text = ("The following transcript of the briefing to foreign media has been edited for length.\n\n"
            "HAGARI: Good evening. The Syrian army is handing over weapons from its own depots to Hezbollah.\n\n"
            "QUESTION: Do you have evidence?\n\n"
            "HAGARI: We have found Kornet missiles in Hezbollah positions, and we believe they came from Syrian army stocks.")
    claims = _claims(nlp, text, "IDF Spokesperson's Unit")
    assert claims and {c.claimant for c in claims} == {"Israel"}


def test_options_explored_or_discussed_are_no_transfer(nlp):
    for text in ("Officials in Buenos Aires have also discussed buying Stryker armoured vehicles from the United States.",
                 "The previous government had explored buying Russian MiG-29s and Chinese fighters."):
        assert _claims(nlp, text) == [], text


def test_a_spokesman_for_the_group_denies_its_supply(nlp):
    text = ("Kata'ib Hezbollah announced on January 30 that it was suspending attacks on U.S. forces, and a spokesman "
            "for the group denied that Iran had supplied the drone.\n\nIran's mission to the United Nations said "
            "Tehran had sent no drones.")
    first = _claims(nlp, text)[0]
    assert (first.claimant, first.supplier, first.recipient, first.stance) == (
        "Kata'ib Hezbollah", "Iran", "Kata'ib Hezbollah", "denies")


def test_deliveries_made_to_a_recipient_by_the_speaker(nlp):
    text = ("Africa Corps said on its own Telegram channel that it would remain in Mali and that deliveries of heavy "
            "equipment, including armoured vehicles, had been made to the Malian armed forces in recent months.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Russia", "Russia", "Mali")]


def test_an_airdrop_to_someone_supplies_them(nlp):
    text = "American aircraft dropped weapons to Daesh fighters in Iraq on several occasions."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("United States", "Islamic State")]
    assert _claims(nlp, "Russian jets dropped bombs on Aleppo.") == []


def test_a_unit_spokesman_speaks_for_the_unit_named_before(nlp):
    text = ("MANAMA, Bahrain, May 9 (MWS) — The Navy's Fifth Fleet said on Sunday that the weapons had come from Iran "
            "and were bound for the Houthi movement in Yemen.\n\n\"This interdiction is the latest in a long pattern of "
            "illicit shipments of Iranian weapons to the Houthis,\" said Commander Timothy Hawkins, a fleet spokesman.")
    assert [c.claimant for c in _claims(nlp, text)] == ["United States", "United States"]


def test_drones_flown_into_a_target_are_used_not_delivered(nlp):
    text = "Investigators examined the wreckage of drones that the Houthis flew into coalition radar sites."
    assert _claims(nlp, text) == []
    assert [(c.supplier, c.recipient) for c in _claims(nlp, "The jets that Russia flew to Iran last year were Su-35s.")] == [
        ("Russia", "Iran")]


def test_made_under_licence_from_a_foreign_maker(nlp):
    text = ("The Colombian army's Galil ACE rifles are made under licence from Israel Weapon Industries by the state "
            "arms maker Indumil.")
    assert [(c.supplier, c.recipient, "technology" in c.items) for c in _claims(nlp, text)] == [("Israel", "Colombia", True)]
    text = "The state military manufacturer CAVIM has assembled Mohajer-2 drones under an Iranian licence since about 2012."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Iran", "Venezuela")]


def test_bare_cartels_are_mexicos_only_where_the_text_puts_them_there(nlp):
    """"cartels" and "drug cartels" stand for the Mexican cartels only in a story that names Mexico, and
    not where the words place them elsewhere."""
    colombia = ("Colombian authorities say the rifles were sold by Venezuelan officers to drug cartels operating "
                "along the border.")
    assert "Mexican cartels" not in [c.recipient for c in _claims(nlp, colombia)]
    for text in ("Mexico and Colombia both struggle with violence. Police in Bogota said the rifles were sold by "
                 "Venezuelan officers to Colombian drug cartels.",
                 "Mexico and Ecuador both struggle with violence. Ecuador's government said the grenades had been "
                 "shipped from Peru to drug cartels in Guayaquil."):
        assert "Mexican cartels" not in [c.recipient for c in _claims(nlp, text)], text
    mexico = "Officials in Mexico City said rifles bought in Texas were smuggled to drug cartels."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, mexico)] == [("United States", "Mexican cartels")]


def test_a_states_own_army_or_government_is_no_proxy(nlp):
    """A backer's supply to a state's army or government goes to that state, whatever armed group the
    article names; only the bare state ("to Yemen") stands for the group."""
    army = ("The Rapid Support Forces besieged El Fasher. The UAE has delivered armoured vehicles to Sudan's army, "
            "Emirati officials claimed.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, army)] == [("United Arab Emirates", "Sudan")]
    government = ("Turkey has sold Bayraktar drones to Syria's new government, officials in Ankara said. Syrian rebels "
                  "led by HTS toppled Assad in December.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, government)] == [("Turkey", "Syria")]
    bare = "The Houthis launched missiles at shipping. Iran has smuggled anti-ship missiles to Yemen, the U.S. Navy said."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, bare)] == [("Iran", "Houthis")]


def test_a_transfer_looked_back_on_is_no_option(nlp):
    """Studying a delivery that happened does not make it an option; talks about a transfer ("discussed the
    transfer of six used destroyers", three such sentences in the development sets, none a claim) do not say it
    happened."""
    text = "Analysts studied the shipment of North Korean shells to Russia in 2023."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("North Korea", "Russia")]
    assert _claims(nlp, "Officials discussed plans to send more Patriot batteries to Ukraine.") == []
    assert _claims(nlp, "Tokyo has also discussed with Manila the transfer of six used Abukuma-class destroyers.") == []


def test_aid_spelled_out_as_something_else_is_not_munitions(nlp):
    text = "The UK's security assistance to Kenya includes counterterrorism training and intelligence sharing."
    assert _claims(nlp, text) == []


def test_a_spokesman_for_the_coalition_or_organisation_is_not_the_armed_group(nlp):
    coalition = ("Kataib Hezbollah fired rockets at a base in Syria. A spokesman for the coalition said Iran had "
                 "supplied the rockets to the militia.")
    assert "Kata'ib Hezbollah" not in [c.claimant for c in _claims(nlp, coalition)]
    ngo = ("Hezbollah fired rockets into Israel. Amnesty International documented the strikes. A spokesman for the "
           "organisation said Iran had supplied the rockets.")
    assert "Hezbollah" not in [c.claimant for c in _claims(nlp, ngo)]
    place = ("The RSF shelled El Fasher. An official of the group denied that the UAE had supplied the drones.")
    assert [(c.claimant, c.supplier, c.recipient, c.stance) for c in _claims(nlp, place)] == [
        ("Rapid Support Forces", "United Arab Emirates", "Rapid Support Forces", "denies")]


def test_weapons_that_end_up_with_someone(nlp):
    text = "Rifles from Venezuelan army stocks have ended up in the hands of the ELN."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Venezuela", "ELN")]
    text = ("A U.S. State Department official said last week that Mexican Army weapons also end up with the cartels "
            "because of thefts from military depots.")
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [
        ("United States", "Mexico", "Mexican cartels")]


def test_the_panel_is_the_panel_named_before(nlp):
    text = ("The UN Panel of Experts on Sudan said the UAE flew weapons to the RSF. The experts also said that Russia's "
            "Wagner Group supplied the RSF with missiles.")
    assert [c.claimant for c in _claims(nlp, text)] == ["UN Panel of Experts on Sudan"] * 2


def test_buyers_named_through_relative_clauses(nlp):
    text = ("Colombia is choosing a new fighter. Argentina, which last year agreed to buy 24 used F-16s from Denmark, "
            "is expected to take delivery of its first aircraft later this year.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Denmark", "Argentina")]
    text = ("Colombia is choosing a new fighter. Chile, whose air force flies F-16s bought from the United States and "
            "the Netherlands, has opted to upgrade its fleet.")
    assert sorted((c.supplier, c.recipient) for c in _claims(nlp, text)) == [
        ("Netherlands", "Chile"), ("United States", "Chile")]


def test_a_scene_set_first_is_where_the_delivery_went(nlp):
    text = "Colombia is choosing a new fighter. In Brazil, Saab has so far delivered eight of the 36 F-39 Gripens ordered in 2014."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Sweden", "Brazil")]


def test_it_is_the_kit_when_a_taker_is_named(nlp):
    text = "The wreckage was of a Shahed-136 drone. We believe Iran supplied it to Russia."
    assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [("Iran", "Russia", ("other",))]


def test_the_group_as_a_recipient_is_the_armed_group_named_before(nlp):
    text = "The Houthis fired missiles at ships. Iran has sent weapons to the group for years, the Pentagon said."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Iran", "Houthis")]


def test_a_taker_right_after_the_transfer_noun(nlp):
    text = ("Iran's foreign ministry said the claims were meant to deflect attention from American arms sales to "
            "Saudi Arabia.")
    assert ("United States", "Saudi Arabia") in [(c.supplier, c.recipient) for c in _claims(nlp, text)]
    withheld = "In August, the United States withheld 290 million dollars in military aid to Egypt."
    assert _claims(nlp, withheld) == []


def test_whom_arming_verbs_arm(nlp):
    # a passive's subject is who was armed, with the agent on the verb joined to it; "armed and trained" share an object
    for text in ("The M23 is armed and supported by Rwanda, according to the UN Group of Experts.",
                 "The M23 rebels are armed by Rwanda, the experts said.",
                 "UN experts said Rwanda had armed and trained the M23 rebels."):
        assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [("Rwanda", "M23", ("munitions",))], text


def test_a_states_forces_fighting_alongside_anothers_are_troops_sent(nlp):
    text = "Eritrean forces fought alongside Ethiopian troops in Tigray."
    assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [("Eritrea", "Ethiopia", ("troops",))]
    assert _claims(nlp, "Eritrean forces fought in the border war of 1998.") == []


def test_our_army_said_by_a_states_minister_is_that_state(nlp):
    text = '"Egypt has delivered weapons and ammunition to our army," Somalia\'s defence minister Abdulkadir Mohamed Nur said.'
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Somalia", "Egypt", "Somalia")]


def test_a_person_referred_back_to_by_the_given_name(nlp):
    text = ("Redwan Hussien, Ethiopia's national security adviser, spoke to reporters in Addis Ababa on Monday.\n\n"
            "Redwan said Ethiopia had never received drones from Iran.")
    assert [(c.claimant, c.stance, c.supplier, c.recipient) for c in _claims(nlp, text)] == [
        ("Ethiopia", "denies", "Iran", "Ethiopia")]


def test_for_a_states_army_named_by_its_adjective(nlp):
    text = "Egypt sent artillery for the Somali army."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Egypt", "Somalia")]


def test_an_export_airfield_supplies_for_its_state(nlp):
    text = "According to two sources, the planes loaded weapons at Ovda for the Azerbaijani army."
    assert [(c.supplier, c.recipient, c.site) for c in _claims(nlp, text)] == [("Israel", "Azerbaijan", "Ovda Air Base")]


def test_a_states_forces_deployed_or_fighting_beside_a_side(nlp):
    text = "Eritrea rejects allegations that the Eritrean Defence Forces have been deployed in Ethiopia."
    assert [(c.stance, c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [
        ("denies", "Eritrea", "Ethiopia", ("troops",))]
    text = "Ramaphosa said Rwanda's army was fighting alongside the M23."
    assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [("Rwanda", "M23", ("troops",))]
    assert _claims(nlp, "The Russian army is fighting in Ukraine.") == []


def test_troops_likely_still_inside_a_country(nlp):
    text = "Haavisto said that Eritrean troops were likely still inside Ethiopia."
    assert [(c.supplier, c.recipient, c.certainty) for c in _claims(nlp, text)] == [("Eritrea", "Ethiopia", "probable")]


def test_a_statement_the_outlet_publishes_below_speaks_for_its_body(nlp):
    text = ("Red Sea Digest publishes below the press statement issued in Asmara on Monday by the Ministry of Information "
            "of the State of Eritrea.\n\nPress Statement\n\nEritrea has not sent a single soldier across the border to Ethiopia.")
    assert [(c.claimant, c.stance, c.supplier, c.recipient) for c in _claims(nlp, text, "Red Sea Digest")] == [
        ("Eritrea", "denies", "Eritrea", "Ethiopia")]


def test_senders_left_unnamed_on_purpose(nlp):
    text = ("Eritrea says it has nothing to do with the war. The TPLF has for decades received weapons from foreign "
            "patrons whose names are well known.")
    assert _claims(nlp, text) == []


def test_aircraft_a_drones_name_modifies_are_drones(nlp):
    for text in ("India leased four Heron Mk II aircraft from Israel in 2021.",
                 "The Indian Navy has operated two MQ-9B SeaGuardian aircraft leased from the United States since 2020."):
        assert [c.items for c in _claims(nlp, text)] == [("other",)], text
    assert [c.items for c in _claims(nlp, "Turkey sold four F-16 aircraft to Jordan.")] == [("munitions",)]


def test_orders_of_named_or_foreign_kit(nlp):
    for text in ("Azerbaijan has placed an order for Akinci drones.", "Niger followed with an order of Turkish drones of its own.",
                 "Azerbaijan has ordered Turkish drones."):
        assert [(c.supplier, c.recipient[:5]) for c in _claims(nlp, text)] == [("Turkey", text[:5])], text
    assert _claims(nlp, "The junta ordered French troops out of the country.") == []


def test_a_country_taken_for_an_adjective_before_the_cargo_receives(nlp):
    assert [(c.supplier, c.recipient) for c in _claims(nlp, "Moscow has sent Mali attack helicopters.")] == [("Russia", "Mali")]
    assert [(c.supplier, c.recipient) for c in _claims(nlp, "Moscow has sent Russian helicopters to Mali.")] == [("Russia", "Mali")]


def test_drones_a_states_army_flies_from_its_own_base(nlp):
    text = ("Satellite imagery analysed by researchers shows that Sudan's army has flown Iranian Mohajer-6 drones from "
            "Wadi Seidna air base since January.")
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [
        ("researchers", "Iran", "Sudan", ("other",))]


def test_the_type_points_back_to_the_model_named_before(nlp):
    text = ("Satellite images of Kainji air base show two aircraft with the wingspan of the Wing Loong II, which suggests "
            "that China delivered the type to Nigeria late that year.")
    assert [(c.supplier, c.recipient, c.items, c.certainty) for c in _claims(nlp, text)] == [
        ("China", "Nigeria", ("other",), "possible")]


def test_a_subject_expected_to_follow_is_no_speaker(nlp):
    text = "The Netherlands and Denmark have both bought Elbit Systems' PULS rocket launchers, and Greece is expected to follow this year."
    assert {(c.claimant, c.recipient) for c in _claims(nlp, text)} >= {("Test Outlet", "Netherlands"), ("Test Outlet", "Denmark")}


def test_a_dateline_after_a_translators_line(nlp):
    body = ("BERLIN — The federal government has approved arms exports worth about 94 million euros to Israel since late "
            "August.\n\nIn 2023, the government approved exports to Israel worth some 326.5 million euros.")
    text = "Translated from German by the editors.\n\n" + body
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Germany", "Israel")] * 2
    abroad = ("Translated from Spanish by the paper's English service.\n\nCOPENHAGEN — Defence Minister Luis Petri said "
              "Argentina would buy 24 F-16 fighters from Denmark.")
    assert [c.claimant for c in _claims(nlp, abroad)] != ["Denmark"]


def test_rounds_for_machine_guns_are_no_artillery_shells(nlp):
    text = "Germany sent Israel 500,000 rounds of ammunition for machine guns and other firearms."
    assert [c.items for c in _claims(nlp, text)] == [("munitions",)]


def test_parts_of_the_kit_the_sentence_names(nlp):
    text = ("Al-Haq, a Palestinian human rights group, and the Global Legal Action Network have challenged the F-35 exemption "
            "in the High Court, arguing that British components continue to reach Israel through the pool.")
    assert sorted((c.claimant, c.supplier, c.recipient, c.items) for c in _claims(nlp, text)) == [
        ("Al-Haq", "United Kingdom", "Israel", ("munitions",)),
        ("Global Legal Action Network", "United Kingdom", "Israel", ("munitions",))]


def test_an_airlift_that_landed(nlp):
    text = "The ministry said the 500th airlift of military equipment from the United States has landed in Israel."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("United States", "Israel")]


def test_a_destination_named_by_its_kind_is_not_filled_in(nlp):
    text = ("Israel says Hamas fires rockets. An analyst said the rockets were built with Iranian components smuggled "
            "into the strip.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text) if "strip" in c.quote] == []


def test_sent_to_fight_alongside_and_in_support_of(nlp):
    text = "Burundi sent several thousand troops to fight alongside the Congolese army in South Kivu."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Burundi", "Democratic Republic of the Congo")]
    text = "The UN report says the Rwanda Defence Force has deployed troops and weapons in support of the M23."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Rwanda", "M23")]


def test_smuggled_from_a_route_keeps_the_maker(nlp):
    text = "The panel says al-Shabaab is still getting Iranian-made rifles smuggled across the Gulf of Aden from Yemen."
    assert {(c.supplier, c.recipient) for c in _claims(nlp, text)} == {("Iran", "al-Shabaab")}


def test_a_demanded_withdrawal_says_the_troops_are_there(nlp):
    text = "The United States called on Rwanda to withdraw its troops and its surface-to-air missile systems from eastern Congo."
    assert [(c.claimant, c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [
        ("United States", "Rwanda", "Democratic Republic of the Congo", ("troops", "munitions"))]
    text = "The State Department demanded the withdrawal of Eritrean troops from Tigray."
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("United States", "Eritrea", "Ethiopia")]
    text = "The United States called on Rwanda to withdraw its forces supporting the M23 from Congolese territory."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Rwanda", "M23")]
    assert _claims(nlp, "Russia withdrew its troops from Kherson in November.") == []


def test_what_is_said_of_an_apposition_or_added_to_a_fleet_is_no_attribution(nlp):
    text = ("Ethiopia's government has taken delivery of armed drones from Turkey over the past year, according to two "
            "Western diplomats in Addis Ababa, a build-up that analysts say helped federal forces.")
    assert [c.claimant for c in _claims(nlp, text)] == ["two Western diplomats"]
    text = ("Mali's military government took delivery of its first Bayraktar TB2s from Turkey in December 2022 and has since "
            "added the heavier Akinci, while Burkina Faso showed off its own TB2s at a ceremony.")
    assert [c.claimant for c in _claims(nlp, text, "The Sahel Review") if c.recipient == "Mali"] == ["The Sahel Review"]
    text = ("Egypt's president ordered officials to produce up to 40,000 rockets to be shipped secretly to Russia, according "
            "to a leaked U.S. intelligence document, an account that Cairo rejected on Tuesday.")
    assert ("Egypt", "denies") in [(c.claimant, c.stance) for c in _claims(nlp, text)]


def test_it_given_by_the_party_it_would_stand_for_is_the_party_named_before(nlp):
    text = "The report said the Congolese army had collaborated with the FDLR and given it ammunition."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Democratic Republic of the Congo", "FDLR")]


def test_forces_fighting_at_home_beside_their_helpers_sent_no_one(nlp):
    assert _claims(nlp, "The Syrian army fought alongside Russian forces in Aleppo in 2016.") == []
    assert _claims(nlp, "Russia's army fought alongside Wagner fighters in Bakhmut.") == []
    text = "Eritrean forces fought alongside Ethiopian troops in Tigray."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Eritrea", "Ethiopia")]


def test_troops_unlikely_inside_a_country_are_no_claim_they_are_there(nlp):
    assert _claims(nlp, "Officials said Eritrean troops were unlikely still inside Ethiopia.") == []
    text = "Officials said Eritrean troops were likely still inside Ethiopia."
    assert [(c.supplier, c.recipient, c.certainty) for c in _claims(nlp, text)] == [("Eritrea", "Ethiopia", "probable")]


def test_the_territory_of_a_named_state_is_a_destination(nlp):
    text = "Ukraine smuggled drones into the territory of Russia."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Ukraine", "Russia")]


def test_a_withdrawal_reported_to_someone_is_no_demand(nlp):
    assert _claims(nlp, "Ethiopia told the United Nations it had withdrawn Eritrean troops from Tigray.") == []


def test_eitan_carriers_are_no_drones(nlp):
    text = "Israel plans to sell Eitan armoured personnel carriers to Morocco, officials said."
    assert [c.items for c in _claims(nlp, text)] == [("munitions",)]
    text = "Israel has delivered four Eitan aircraft to Germany, officials said."
    assert [c.items for c in _claims(nlp, text)] == [("other",)]


def test_units_equipped_somewhere_receive_arms(nlp):
    text = "Turkey trains the Gorgor commandos, and the Emirates still equip units in Puntland."
    assert ("United Arab Emirates", "Puntland", ("munitions",)) in [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)]


def test_a_carriers_route_and_a_known_surname_after_another_given_name(nlp):
    text = ("The same month, activists in Spain said another ship, the Borkum, was carrying rocket engines, rockets with "
            "explosive charges and ammunition from Chennai to Israel.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("India", "Israel")]
    text = "The UN special rapporteur Francesca Albanese said the ship was carrying explosives from Vietnam to Israel."
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Francesca Albanese", "Vietnam", "Israel")]
    text = "Prime Minister Anthony Albanese said Australia had sent Bushmasters to Ukraine."
    assert [c.claimant for c in _claims(nlp, text)] == ["Australia"]


def test_according_to_data_from_a_body(nlp):
    text = ("Italy exported weapons and ammunition worth 2.1 million euros to Israel in 2023, according to data from the "
            "national statistics institute Istat.")
    assert [c.claimant for c in _claims(nlp, text)] == ["Italy"]


def test_a_withdrawal_demand_joined_to_a_removal(nlp):
    text = ("The representative of the United States said Washington called on Kigali to withdraw all Rwanda Defence Force "
            "personnel from Congolese territory and to remove its surface-to-air missile systems immediately.")
    assert [(c.supplier, c.items) for c in _claims(nlp, text)] == [("Rwanda", ("troops", "munitions"))]


def test_troops_a_state_has_abroad_and_a_subject_past_the_dateline(nlp):
    text = "Burundi has some 10,000 troops in eastern Congo, according to regional security sources."
    assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [
        ("Burundi", "Democratic Republic of the Congo", ("troops",))]
    assert _claims(nlp, "Ukraine has no troops in Belarus.") == []
    text = ("BUKAVU — Burundian soldiers have been fighting alongside the Congolese army in the hills around Sake for "
            "several months, M23 spokesman Lawrence Kanyuka said on Monday.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Burundi", "Democratic Republic of the Congo")]


def test_the_kingdoms_forces_are_the_state_the_sentence_is_about(nlp):
    text = ("Jordan, which bought six CH-4B drones from China in 2016, put them up for sale three years later, the "
            "kingdom's armed forces said at the time.")
    assert [c.claimant for c in _claims(nlp, text)] == ["Jordan"]


def test_a_demand_to_stop_a_transfer_says_it_goes_on(nlp):
    # GUIDE.md, settled in session 29: the demander claims the transfer; whom the demand is made of supplies
    text = "Kyiv called on Iran to stop supplying drones to Russia."
    assert [(c.claimant, c.supplier, c.recipient, c.items, c.stance) for c in _claims(nlp, text)] == [
        ("Ukraine", "Iran", "Russia", ("other",), "asserts")]
    text = "Beijing urged Washington to stop arming Taiwan."
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("China", "United States", "Taiwan")]
    text = "The European Union demanded that Tehran halt its deliveries of missiles to Moscow."
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("European Union", "Iran", "Russia")]
    text = "Nicaragua asked the court to order Germany to halt its arms deliveries to Israel."
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Nicaragua", "Germany", "Israel")]
    text = "Rights groups urged France to stop selling weapons to Egypt."
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("rights groups", "France", "Egypt")]


def test_a_warning_a_question_or_a_demand_of_no_one_named_is_no_claim(nlp):
    assert _claims(nlp, "Russia warned South Korea against sending weapons to Ukraine.") == []
    assert _claims(nlp, "The State Department urged all countries to stop arming the RSF.") == []
    assert _claims(nlp, "Asked whether Berlin would stop exporting arms to Israel, the spokesman declined to comment.") == []
    assert _claims(nlp, "Germany did not ask Israel to stop buying American bombs.") == []


def test_suppliers_dealers_and_entities_in_a_state_act_for_it(nlp):
    text = "The rapporteur said suppliers in China sent $267 million of weapons to the Myanmar military after the coup."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("China", "Myanmar")]


def test_jet_fuel_is_cargo(nlp):
    text = "Analysts say Russia sold jet fuel to Myanmar's military in 2021."
    assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [("Russia", "Myanmar", ("other",))]


def test_current_and_former_officials_are_one_claimant_and_a_time_stamp_no_part_of_one(nlp):
    text = ("South Korea has quietly shipped hundreds of thousands of artillery shells to the United States this year, "
            "according to current and former officials.")
    assert [c.claimant for c in _claims(nlp, text)] == ["current and former officials"]
    text = "15:20 Ukrainian artillerymen near Avdiivka said North Korean shells were supplied to Russia."
    assert [c.claimant for c in _claims(nlp, text)] == ["Ukrainian artillerymen"]


def test_the_military_is_the_state_whose_forces_were_named_before(nlp):
    text = ("Myanmar's air force cannot fly without imported aviation fuel. Two cargoes were loaded at a terminal in "
            "Zhoushan, China, and a Chinese trading company was the seller. Researchers found that Russian jet fuel had "
            "also reached the military in 2021.")
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text) if "Russian jet fuel" in c.quote] == [("Russia", "Myanmar")]


def test_a_named_person_speaks_for_the_body_they_serve(nlp):
    text = "Tom Andrews said Russian state entities had transferred $406 million worth of arms to the Myanmar military."
    assert [c.claimant for c in _claims(nlp, text)] == ["UN Special Rapporteur on human rights in Myanmar"]


def test_who_ordered_or_fired_the_cargo_received_it(nlp):
    text = "Russia has delivered three of the five S-400 systems India ordered."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Russia", "India")]
    text = "Ukrainian military intelligence said that North Korea had supplied more than half of the shells Russia fired in 2024."
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Ukraine", "North Korea", "Russia")]


def test_records_reviewed_by_another_outlet_are_its_finding(nlp):
    text = "Documents reviewed by a U.S. news site showed that Norinco shipped 1,000 assault rifles to Russia in 2022."
    assert [c.claimant for c in _claims(nlp, text)] == ["U.S. news site"]
    text = "Customs records reviewed by the paper show that Norinco shipped 1,000 assault rifles to Russia in 2022."
    assert [c.claimant for c in _claims(nlp, text, "The Daily Ledger")] == ["The Daily Ledger"]


def test_a_ministry_briefing_speaks_in_its_voice_before_its_first_question(nlp):
    text = ("Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 6, 2024 (excerpts)\n\n"
            "The Czech Republic has been pumping weapons into Ukraine since 2022.\n\n"
            "Question: How do you assess reports about Pakistan?\n\nMaria Zakharova: These are fabrications.")
    claims = _claims(nlp, text, "Ministry of Foreign Affairs of the Russian Federation")
    assert [(c.claimant, c.supplier, c.recipient) for c in claims if "Czech" in c.quote] == [("Russia", "Czech Republic", "Ukraine")]


def test_stories_spread_by_media_are_theirs_and_a_warning_what_sending_would_be_no_claim(nlp):
    text = "Western media continue to spread stories about deliveries of North Korean ammunition to the Russian Federation."
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("western media", "North Korea", "Russia")]
    text = "We have repeatedly warned Seoul that sending lethal weapons to Ukraine, directly or indirectly, would be a grave mistake."
    assert _claims(nlp, text) == []


def test_a_demand_of_several_states_has_one_speaker_and_needs_a_recipient(nlp):
    text = ("Tom Andrews said Russian firms supply Myanmar's military. He urged Russia and China to stop supplying weapons to "
            "Myanmar's military, and called on all member states to act.")
    assert {(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text) if "urged" in c.quote} == {
        ("UN Special Rapporteur on human rights in Myanmar", "Russia", "Myanmar"),
        ("UN Special Rapporteur on human rights in Myanmar", "China", "Myanmar")}
    assert _claims(nlp, "He urged Russia and China to stop supplying weapons to the junta.") == []


def test_police_speak_for_their_state_and_rounds_seized_with_rifles_are_theirs(nlp):
    text = ("Thai police said they seized 40 rifle scopes and about 3,000 rounds of ammunition being smuggled from Thailand "
            "to the Karen National Liberation Army.")
    assert [(c.claimant, c.items) for c in _claims(nlp, text)] == [("Thailand", ("munitions",))]
    assert [c.items for c in _claims(nlp, "South Korea shipped 500,000 rounds to the United States.")] == [("artillery shells",)]


def test_estimates_partners_and_a_companys_filing_name_their_owner(nlp):
    text = "Russia received more than three million shells from North Korea in 2023 and 2024, on Ukrainian estimates."
    assert [(c.claimant, c.certainty) for c in _claims(nlp, text)] == [("Ukraine", "probable")]
    text = ("Maria Zakharova: Our Pakistani partners have assured us at the highest level that they have not supplied "
            "weapons to Ukraine.")
    assert [(c.claimant, c.stance) for c in _claims(nlp, text)] == [("Pakistan", "denies")]
    text = ("Poongsan, the South Korean maker, shipped 155mm shells to the United States last year, according to the "
            "company's annual filing.")
    assert [c.claimant for c in _claims(nlp, text)] == ["Poongsan"]


def test_the_eus_diplomats_speak_for_it(nlp):
    text = "Josep Borrell said only about 524,000 rounds from the European Union would have reached Ukraine by March."
    assert [c.claimant for c in _claims(nlp, text)] == ["European Union"]



def test_a_call_on_others_to_sell_or_not_is_no_claim(nlp):
    text = ("Foreign Ministry Spokesperson Mao Ning: We also call on relevant countries not to sell weapons to the Taiwan "
            "region in any form.")
    assert _claims(nlp, text, "Ministry of Foreign Affairs of the People's Republic of China") == []


def test_commissioning_foreign_built_kit_is_receiving_it(nlp):
    text = "YANGON — Myanmar's military commissioned its first Russian-built Su-30SME fighter jets on Thursday."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Russia", "Myanmar")]
    assert _claims(nlp, "The Pentagon commissioned a report on Chinese-made drones.") == []
    assert _claims(nlp, "The navy commissioned its first locally built corvette in March.") == []


def test_a_takers_cargo_from_several_makers_is_one_transfer_each(nlp):
    text = "Egypt bought French Rafale jets and Russian MiG-29 fighters."
    assert {(c.supplier, c.recipient) for c in _claims(nlp, text)} == {("France", "Egypt"), ("Russia", "Egypt")}
    text = "Russia fired Iranian drones and North Korean missiles at Kyiv."
    assert {(c.supplier, c.items) for c in _claims(nlp, text)} == {("Iran", ("other",)), ("North Korea", ("munitions",))}
    text = "Germany sent Ukraine Leopard tanks and American Patriot missiles."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("Germany", "Ukraine")]


def test_arming_the_junta_arms_the_storys_state(nlp):
    text = ("YANGON — Myanmar's military government has bombed villages in Sagaing.\n\n"
            "Russia has supplied the junta with Yak-130 jets, and China has sold the regime FTC-2000G fighters.")
    assert {(c.supplier, c.recipient) for c in _claims(nlp, text)} == {("Russia", "Myanmar"), ("China", "Myanmar")}


def test_a_demand_refused_or_made_by_no_one_is_no_claim(nlp):
    # review29: "refused to urge", "stopped short of urging" and "Nobody urged" make no demand (gave the outlet's claim)
    for text in ["Beijing refused to urge Pyongyang to stop sending shells to Russia.",
                 "Beijing stopped short of urging Pyongyang to stop sending shells to Russia.",
                 "Beijing is reluctant to urge Pyongyang to stop sending shells to Russia.",
                 "Nobody urged Pyongyang to stop sending shells to Russia."]:
        assert _claims(nlp, text) == [], text
    text = "Seoul urged Pyongyang to stop sending shells to Russia."
    assert [(c.claimant, c.supplier, c.recipient) for c in _claims(nlp, text)] == [("South Korea", "North Korea", "Russia")]


def test_jet_fuel_for_no_forces_is_no_cargo(nlp):
    # review29: "China exported jet fuel to Australia" gave China -> Australia ("other"); fuel is cargo only for forces
    assert _claims(nlp, "China exported jet fuel to Australia last year.") == []
    assert _claims(nlp, "Singapore shipped aviation fuel to Indonesia.") == []
    text = "Russia supplied jet fuel to Myanmar's air force."
    assert [(c.supplier, c.recipient, c.items) for c in _claims(nlp, text)] == [("Russia", "Myanmar", ("other",))]


def test_current_and_former_officials_of_a_state_are_no_state(nlp):
    # review29: "current and former U.S. officials" gave the United States; former officials do not speak for it
    text = "North Korea has sent shells to Russia, according to current and former U.S. officials."
    assert [c.claimant for c in _claims(nlp, text)] == ["current and former U.S. officials"]
    text = "North Korea has sent shells to Russia, according to U.S. officials."
    assert [c.claimant for c in _claims(nlp, text)] == ["United States"]


def test_rounds_are_small_arms_rounds_only_beside_small_arms_in_their_clause(nlp):
    # review29: any "gun" or "rifle" in the sentence made rounds small-arms rounds ("Koksan guns and 100,000 rounds",
    # "The United States sent rifles, and North Korea sent two million rounds")
    text = "Russia received Koksan guns and 100,000 rounds from North Korea."
    assert "artillery shells" in _claims(nlp, text)[0].items
    text = "The United States sent rifles, and North Korea sent two million rounds to Russia."
    assert [c.items for c in _claims(nlp, text) if c.supplier == "North Korea"] == [("artillery shells",)]
    text = "Poland sent machine guns and 50,000 rounds to Ukraine."
    assert [c.items for c in _claims(nlp, text)] == [("munitions",)]


def test_sanctions_on_every_company_that_ships_are_no_transfer(nlp):
    text = ("Governments should extend sanctions to every company that ships aviation fuel to Myanmar's military.")
    assert _claims(nlp, text) == []
    text = "\"Every drone that London sends to Kiev is a legitimate target,\" the Russian embassy said."
    assert [(c.supplier, c.recipient) for c in _claims(nlp, text)] == [("United Kingdom", "Ukraine")]


def test_commissioning_kit_of_no_named_maker_is_no_claim(nlp):
    assert _claims(nlp, "The Indian Navy commissioned two frigates in 2024.") == []


def _rows_listed(nlp, text, publisher="Test Outlet"):
    return [(c.claimant, c.supplier, c.recipient, list(c.items), c.stance) for c in _claims(nlp, text, publisher)]


@pytest.mark.parametrize("text,want", [
    # session 31, the review's claimant cases: a speaker parsed as the last name's apposition is not resolved through
    # the content's subject; an unplaced office denying a recipient's act speaks for the recipient; veterans of a body
    # are not its voice
    ("Sudan's army hired Russian mercenaries from the Wagner Group, a Western diplomat said.",
     [("Western diplomat", "Russia", "Sudan", ["troops"], "asserts")]),
    ("Mali's junta did not hire the Wagner Group, the foreign minister said.", [("Mali", "Russia", "Mali", ["troops"], "denies")]),
    ("Veterans of the Wagner Group said Russia sent 400 fighters to Libya.",
     [("veterans of the Wagner Group", "Russia", "Libya", ["troops"], "asserts")]),
    ("A veteran of the Karabakh war said Russia sent tanks to Armenia.", [("veteran", "Russia", "Armenia", ["munitions"], "asserts")]),
    # money given to buy is no transfer; "loans for Ukraine to buy" makes Ukraine the buyer
    ("Washington gave Ukraine grants to buy weapons, the report said.", []),
    ("The European Union approved loans for Ukraine to buy ammunition from South Korea.",
     [("Test Outlet", "South Korea", "Ukraine", ["munitions"], "asserts")]),
    # a relative pronoun is no part of a source's phrase
    ("Russia has deployed tanks to Syria. The deployment follows two weeks of flights by Russian An-124 Condor and Il-76 "
     "transport aircraft, which two U.S. officials, speaking on condition of anonymity, said had been ferrying military "
     "equipment to Syria through Iranian and Iraqi airspace.",
     [("Test Outlet", "Russia", "Syria", ["munitions"], "asserts"), ("two U.S. officials", "Russia", "Syria", ["munitions"], "asserts")]),
    # the airspace a carrier crossed names no doer of the verb joined to it
    ("China delivered the FK-3 system to Serbia. The aircraft crossed Turkish and Bulgarian airspace overnight and were "
     "unloaded at Batajnica.",
     [("Test Outlet", "China", "Serbia", ["munitions"], "asserts"), ("Test Outlet", "China", "Serbia", ["munitions"], "asserts")]),
    # personnel sent as advisers give know-how; goods named for the weapons they serve are technology
    ("Iranian officials acknowledge that the Revolutionary Guards have sent officers of the Quds Force to Syria as military "
     "advisers.", [("Iran", "Iran", "Syria", ["technology"], "asserts")]),
    ("A Chinese company has supplied missile-applicable equipment to Pakistan, the State Department said.",
     [("United States", "China", "Pakistan", ["technology"], "asserts")]),
    # gazetteer: the KSF, Turkey's Directorate of Communications, "Republic of Turkiye", T-4 air base
    ("The Kosovo Security Force (KSF) today received Bayraktar TB2 drones purchased from the Republic of Turkiye.",
     [("Test Outlet", "Turkey", "Kosovo", ["other"], "asserts")]),
    ("Turkey's Directorate of Communications said a Turkish C-130 had not carried weapons to Pakistan.",
     [("Turkey", "Turkey", "Pakistan", ["munitions"], "denies")]),
    ("Iran's foreign ministry said Tehran had sent no weapons to T-4.", [("Iran", "Iran", "Syria", ["munitions"], "denies")]),
    # "the institute": the organisation named before whose name has the word
    ("The Danube Security Institute published its report on Monday. Customs data compiled by the institute show that "
     "Serbian firms exported machine tools to Russia.",
     [("Danube Security Institute", "Serbia", "Russia", ["technology"], "asserts")]),
    # documents that show something in a clause someone says are that speaker's evidence
    ("The Military Operations Command said documents found at the headquarters showed Iranian deliveries of attack drones "
     "to the Syrian army.", [("Military Operations Command", "Iran", "Syria", ["other"], "asserts")]),
    # a named person introduced by an office title in apposition speaks for the state whose office the story named
    ("ANKARA — Turkey and Syria signed a military training and consultancy agreement on Aug. 13 under which Turkish "
     "instructors will train Syrian units and Ankara will supply weapons systems, the Turkish defence ministry said.\n\n"
     "A ministry spokesman, Zeki Akturk, told reporters the first deliveries, expected before the end of the year, would "
     "include armoured vehicles built by Otokar and BMC.",
     [("Turkey", "Turkey", "Syria", ["technology", "munitions"], "asserts"), ("Turkey", "Turkey", "Syria", ["munitions"], "asserts")]),
    # what moves is the cargo under a verb of going on
    ("Iranian weapons for Hezbollah continue to move overland from Damascus, according to the Israeli military.",
     [("Israel", "Iran", "Hezbollah", ["munitions"], "asserts")]),
    # goods under "against" are defended against only with no transfer word between
    ("Serbia's foreign ministry protested against the U.S. approval of the possible sale of Javelin missiles to Kosovo.",
     [("Test Outlet", "United States", "Kosovo", ["munitions"], "asserts")]),
    # a demand made "upon" someone is made of them
    ("Pakistan calls upon Israel to stop supplying India with loitering munitions.", [("Pakistan", "Israel", "India", ["other"], "asserts")]),
    ("Serbia has not sent a single bullet to Ukraine, the president said.", [("Serbia", "Serbia", "Ukraine", ["munitions"], "denies")]),
    # an offer is no claim (GUIDE.md, session 30), unless it is given in return for something
    ("China has offered Serbia more HQ-17 air-defence systems.", []),
    ("In return, Russia is likely offering North Korea technical advice on its satellite programme, officials said.",
     [("officials", "Russia", "North Korea", ["technology"], "asserts")]),
    # bare "unnamed sources" leave the reporter the claimant; "cited X as saying" gives X
    ("Reuters reported that Pakistan would receive J-35 fighters from China, citing unnamed sources.",
     [("Reuters", "China", "Pakistan", ["munitions"], "asserts")]),
    ("The newspaper cited two officials as saying that Russia had sent tanks to Syria.",
     [("two officials", "Russia", "Syria", ["munitions"], "asserts")]),
    # two states that sign a deal together are its two sides
    ("India and France signed an agreement for 26 Rafale Marine fighters, the defence ministry said.",
     [("India", "France", "India", ["munitions"], "asserts")]),
    ("Indian officials said Pakistan's air force relied on Chinese satellite support.",
     [("India", "China", "Pakistan", ["technology"], "asserts")]),
    # "the rebels": the rebel collective named before
    ("The CIA armed moderate Syrian rebels for four years. Russia accused Washington of supplying the rebels with "
     "shoulder-fired missiles.", [("Russia", "United States", "Syrian rebels", ["munitions"], "asserts")]),
    # a passive reporting verb with no agent names no speaker
    ("China, which has supplied most of Pakistan's combat aircraft, has also offered its FC-31, though no order has been "
     "announced.", [("Test Outlet", "China", "Pakistan", ["munitions"], "asserts")]),
    ("Pakistan's army inducted the Chinese HQ-9 system in 2021, according to the Pakistani military's media wing.",
     [("Pakistan", "China", "Pakistan", ["munitions"], "asserts")]),
    ("The HUR sent 20 drone operators to Syria, officials said.", [("officials", "Ukraine", "Syria", ["troops"], "asserts")]),
    # a nationality on kit its holder calls its own: from that state (not "its own drones")
    ("Russia has its Iranian drones.", [("Test Outlet", "Iran", "Russia", ["other"], "asserts")]),
    ("Ukraine has its own drones.", []),
])
def test_session31_sources_parties_and_goods(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_unattributed_intelligence_and_ranked_officers_on_a_government_page(nlp):
    # "according to intelligence" names no agency: the page's own voice stands
    text = "A truck that, according to intelligence, was carrying rocket launchers from Iran for Hezbollah was destroyed."
    assert _rows_listed(nlp, text, "Israel Defense Forces") == [("Israel", "Iran", "Hezbollah", ["munitions"], "asserts")]
    # a serving officer named with a rank and no state, on a ministry's own page, speaks for its state
    text = ("Transcript of a briefing held in Moscow. Speakers: Minister of Defence Sergei Shoigu; Chief of the Main "
            "Operational Directorate of the General Staff Colonel General Sergei Rudskoy.\n\nSHOIGU: We have completed the "
            "delivery of the S-300 system to Syria.\n\nRUDSKOY: I will add that the systems were delivered to Syria after "
            "the destruction of our aircraft.")
    assert [c.claimant for c in _claims(nlp, text, "Russian Ministry of Defence Press Service")] == ["Russia", "Russia"]


@pytest.mark.parametrize("text,want", [
    # session 32 (dev75-dev77): the arrival of cargo just sent is that transfer, not one from the model's maker
    ("Norway will send six F-16s to Ukraine, some of which will arrive before the end of the year, the Norwegian "
     "government said in May.", [("Norway", "Norway", "Ukraine", ["munitions"], "asserts")]),
    # a party beside another in the same slot is not the missing other side
    ("The United States approved arms sales to Saudi Arabia, the United Arab Emirates and Jordan.",
     [("Test Outlet", "United States", "Saudi Arabia", ["munitions"], "asserts"),
      ("Test Outlet", "United States", "United Arab Emirates", ["munitions"], "asserts"),
      ("Test Outlet", "United States", "Jordan", ["munitions"], "asserts")]),
    # findings a speaker cites are not the claimant
    ("A Saudi Foreign Ministry source said that investigations had confirmed that the missile was supplied to the "
     "Houthis by Iran.", [("Saudi Foreign Ministry source", "Iran", "Houthis", ["munitions"], "asserts")]),
    # a contract signed for another party's kit; a count parsed as the object of "for"; whose stocks the kit comes from
    ("Berlin signed a contract in June for six more IRIS-T SLM fire units for Ukraine.",
     [("Test Outlet", "Germany", "Ukraine", ["munitions"], "asserts")]),
    ("In January Warsaw also signed for 116 used M1A1 Abrams from U.S. Army stocks.",
     [("Test Outlet", "United States", "Poland", ["munitions"], "asserts")]),
    # the weapons an attack is made with, and where the text says they came from
    ("Russia struck Kyiv overnight with Iranian-made Shahed drones, Ukrainian officials said.",
     [("Ukraine", "Iran", "Russia", ["other"], "asserts")]),
    # a denial conceded after the page's own claim leaves the claim standing
    ("Belarus has handed Russia ammunition, though Minsk denies it.",
     [("Test Outlet", "Belarus", "Russia", ["munitions"], "asserts"), ("Belarus", "Belarus", "Russia", ["munitions"], "denies")]),
    ("Belarus has handed Russia ammunition, a charge Minsk denies.",
     [("Test Outlet", "Belarus", "Russia", ["munitions"], "asserts"), ("Belarus", "Belarus", "Russia", ["munitions"], "denies")]),
    # a demand to stop the second of two joined supplies
    ("Russia called on Seoul to stop these deliveries immediately and to stop supplying Warsaw with tanks and guns.",
     [("Russia", "South Korea", "Poland", ["munitions"], "asserts")]),
    # own kit brought for an exercise is no transfer; training is know-how, what it is about is no cargo
    ("The U.S. Army brought its Typhon missile launcher to northern Luzon for an exercise in April.", []),
    ("Over the past year, 80 Taiwanese officers received instruction from U.S. Army trainers at Fort Bliss, Texas, on "
     "the operation and maintenance of the new tanks.", [("Test Outlet", "United States", "Taiwan", ["technology"], "asserts")]),
])
def test_session32_parties_sources_and_goods(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session32_pages_and_speakers(nlp):
    # a long title in capitals labels a transcript's speaker, whose "we" is the government's
    text = ("Transcript | Pentagon Briefing Room\n\nDEPUTY PENTAGON PRESS SECRETARY SABRINA SINGH: Good afternoon. Earlier "
            "this month we transferred more than 5,000 rifles to Ukraine.\n\nQ: Thanks, Sabrina. What about Yemen?\n\n"
            "MS. SINGH: We have seized those weapons ourselves on dhows coming from Iran.")
    assert [c.claimant for c in _claims(nlp, text, "Department of Defense Press Operations")][:1] == ["United States"]
    # a reproduced comment of a ministry, about another state: the ministry's voice
    text = ("Translated from Russian. The following is the full text of a comment by Foreign Ministry spokeswoman Maria "
            "Zakharova, as published on the ministry's website.\n\nWe call on the British side to stop supplying Kyiv "
            "with weapons.")
    assert _rows_listed(nlp, text, "Eurasia Press Monitor") == [("Russia", "United Kingdom", "Ukraine", ["munitions"], "asserts")]
    text = ("Translated from Russian by Eurasia Monitor Daily. The following is the text of the remarks on the Republic "
            "of Korea made by Maria Zakharova, spokeswoman of the Russian Foreign Ministry, at her weekly briefing in "
            "Moscow.\n\nIt is no secret that South Korean 155mm shells have for a long time been reaching Ukraine.")
    assert [c.claimant for c in _claims(nlp, text, "Eurasia Monitor Daily")] == ["Russia"]
    # "its state media" after a sentence about the state; a retired officer is not the state's voice
    text = ('Pyongyang initially called reports of the deployment "groundless rumours". In April, however, its state media '
            "acknowledged for the first time that North Korean soldiers had been sent to Russia.")
    assert [c.claimant for c in _claims(nlp, text)][-1:] == ["North Korea"]
    text = ("Mark Dellinger, a retired U.S. Army colonel who testified to a House committee in March, said about 500 U.S. "
            "military personnel were in Taiwan, training Taiwanese units.")
    assert {c.claimant for c in _claims(nlp, text)} == {"Mark Dellinger"}


def test_session32_attackers_and_posted_diplomats(nlp):
    # the nationality of another clause's attackers is not the maker of what this clause fires
    text = ("The Houthis have fired more than two dozen missiles and drones at vessels in the Red Sea since November 19, "
            "when they hijacked the car carrier Galaxy Leader, and on Friday American and British aircraft and warships "
            "struck nearly 30 sites in Yemen in response.")
    assert _rows_listed(nlp, text) == []
    # diplomats posted at an international body are not its voice, and say where they are posted
    text = "A diplomat at the United Nations said Iran had shipped the missile to the Houthis."
    assert [c.claimant for c in _claims(nlp, text)] == ["diplomat at the United Nations"]


@pytest.mark.parametrize("text,want", [
    # session 33 (dev81-dev83): a buyer's purchase of a model comes from the state whose industry makes it
    ("Washington has raised its concerns about India's purchase of the S-400 system.",
     [("Test Outlet", "Russia", "India", ["munitions"], "asserts")]),
    # "the group" refers back to the armed group its sentence or the one before names; an armed wing is its group
    ("Hamas leader Ismail Haniyeh on Friday thanked Iran for supplying the group with money, weapons and technical "
     "support during the war with Israel.", [("Hamas", "Iran", "Hamas", ["munitions", "technology"], "asserts")]),
    ("Ziad al-Nakhalah, the secretary-general of Palestinian Islamic Jihad, said that Tehran had sent the group weapons.",
     [("Palestinian Islamic Jihad", "Iran", "Palestinian Islamic Jihad", ["munitions"], "asserts")]),
    ("Iran provided the Qassam Brigades with rockets, Israeli officials said.",
     [("Israel", "Iran", "Hamas", ["rockets"], "asserts")]),
    # not "the next militia", and not a group named paragraphs before
    ("New deliveries may simply arm the next militia.", []),
    # the parties "including" names, of a state and an armed group alike; a route is no party
    ("Iran continues to provide ballistic missiles, drones and related technology to its partners and proxies, including "
     "Russia and the Houthis, in defiance of UN Security Council resolutions.",
     [("Test Outlet", "Iran", "Russia", ["ballistic missiles", "other", "technology"], "asserts"),
      ("Test Outlet", "Iran", "Houthis", ["ballistic missiles", "other", "technology"], "asserts")]),
    ("Among the items shown were Kornet anti-tank missiles that Iran supplied to the organisations through Syria.", []),
])
def test_session33_purchases_groups_and_partners(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session33_transcripts_given_out_by_a_department(nlp):
    # the body a transcript's second paragraph says gave it out holds the briefing; "the President" at its podium is its own
    text = ("Department Press Briefing — 11 September 2024\n\nMatthew Miller, Department Spokesperson. The following "
            "transcript was provided by the Department of State and has been lightly edited by the Diplomatic Transcript "
            "Service.\n\nMR MILLER: Good afternoon. The DPRK has provided Russia with ballistic missiles.\n\nQUESTION: Will "
            "Iran send more?\n\nMR MILLER: What I can say is that we have provided Ukraine with ATACMS, and we continue to "
            "deliver air defense interceptors under the packages the President has announced.")
    rows = _rows_listed(nlp, text, "Diplomatic Transcript Service")
    assert [r[0] for r in rows] == ["United States", "United States"]
    assert rows[1][1:3] == ("United States", "Ukraine")


@pytest.mark.parametrize("text,want", [
    # thanks for goods: the one thanked gave them to the thanker's side; thanks for a deed or for aid are no cargo
    ("Zelensky thanked Germany for the Patriot systems and IRIS-T launchers.",
     [("Ukraine", "Germany", "Ukraine", ["munitions"], "asserts")]),
    ("Kim thanked Putin for his hospitality.", []),
    # a negation before "or" covers the verb joined to it
    ("India has not supplied or sold artillery shells to Ukraine.", [("Test Outlet", "India", "Ukraine", ["artillery shells"], "denies")]),
    # a quantity shared by joined passive verbs counts the cargo
    ("Many of the weapons were manufactured in Iran and smuggled to Hamas.",
     [("Test Outlet", "Iran", "Hamas", ["munitions"], "asserts")]),
    # missiles by name
    ("North Korea sold Tehran Nodong missiles in the 1990s.", [("Test Outlet", "North Korea", "Iran", ["ballistic missiles"], "asserts")]),
    # whose weapons found their way into whose hands; training received in a state, by fighters from a group
    ("Weapons of the DPRK have found their way into the hands of Hamas.",
     [("Test Outlet", "North Korea", "Hamas", ["munitions"], "asserts")]),
    ("Some 500 fighters from Hamas received specialised combat training in Iran in September.",
     [("Test Outlet", "Iran", "Hamas", ["technology"], "asserts")]),
])
def test_session33_thanks_negation_and_named_missiles(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session33_written_answer_under_a_government_heading(nlp):
    text = ("GOVERNMENT OF INDIA, MINISTRY OF DEFENCE, RAJYA SABHA, UNSTARRED QUESTION NO. 1432\n\nDEFENCE PROCUREMENT FROM "
            "RUSSIA\n\nWill the Minister of DEFENCE be pleased to state whether Indian artillery shells have reached Ukraine?"
            "\n\nANSWER\n\nTHE MINISTER OF STATE IN THE MINISTRY OF DEFENCE (SHRI SANJAY SETH)\n\n(d): India has not supplied or "
            "sold artillery shells to Ukraine.")
    assert _rows_listed(nlp, text, "Parliament Record Digest") == [("India", "India", "Ukraine", ["artillery shells"], "denies")]


def test_session33_an_agents_affidavit_speaks_for_the_government(nlp):
    text = ("Court Records Digest publishes excerpts of unsealed federal court filings. The following is an excerpt of the "
            "affidavit of Special Agent Rachel Dunmore of the Office of Export Enforcement, U.S. Department of Commerce, filed "
            "in support of a criminal complaint.\n\nAFFIDAVIT IN SUPPORT OF AN APPLICATION FOR A CRIMINAL COMPLAINT\n\n(7) In a "
            "second scheme, LIANG arranged for carbon-fibre filament and isostatic graphite to be shipped from China to Iran "
            "by way of Malaysia in 2023.")
    assert [r[:3] for r in _rows_listed(nlp, text, "Court Records Digest")] == [("United States", "China", "Iran")]


@pytest.mark.parametrize("text,want", [
    # session 34: a government's export licence for named cargo to a named buyer is a transfer; a general licensing
    # regime, or governments in general that license, are not
    ("Campaign Against Arms Trade says Britain has licensed at least £4.7bn of arms to Saudi Arabia since 2015.",
     [("Campaign Against Arms Trade", "United Kingdom", "Saudi Arabia", ["munitions"], "asserts")]),
    ("Britain licensed Paveway IV bombs to Saudi Arabia in 2016, a campaigner said.",
     [("campaigner", "United Kingdom", "Saudi Arabia", ["munitions"], "asserts")]),
    ("Germany strictly licenses arms exports, the ministry said.", []),
    ("Governments that license components to Israel's drone makers should ask where they end up, the group said.", []),
    # a passive delivery of a state's own cargo goes to that state, not to the last recipient named
    ("FNSS completed the delivery of 172 Pars III vehicles to Oman in 2021. The third of the Pakistan Navy's four "
     "Babur-class corvettes was handed over at the Istanbul Naval Shipyard last month.",
     [("Test Outlet", "Turkey", "Oman", ["munitions"], "asserts"),
      ("Test Outlet", "Turkey", "Pakistan", ["munitions"], "asserts")]),
])
def test_session34_licences_and_cargo_owners(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session34_westminster_record_with_speakers_inline(nlp):
    # Hansard with the speaker and the speech on one line: a minister named by office speaks for the United Kingdom
    # (the "(Lab)" and "(Con)" tags place the record), and so does his name alone on later lines; a member speaks for
    # himself, by name, not by his constituency; "this country" in the record is the United Kingdom
    text = ("Arms Sales: Saudi Arabia\n\nVolume 678: debated on Thursday 9 July 2020\n\n"
            "Emily Thornberry (Islington South and Finsbury) (Lab): Since 2015 this country has licensed more than "
            "£5.3 billion of arms to Saudi Arabia.\n\n"
            "The Minister for Trade Policy (Greg Hands): The review found no pattern of breaches.\n\n"
            "Tom Tugendhat (Tonbridge and Malling) (Con): Would Riyadh not simply buy from others?\n\n"
            "Greg Hands: BAE Systems has delivered 72 Typhoons to the Royal Saudi Air Force.")
    rows = _rows_listed(nlp, text, "Parliamentary Record Service")
    assert rows == [("Emily Thornberry", "United Kingdom", "Saudi Arabia", ["munitions"], "asserts"),
                    ("United Kingdom", "United Kingdom", "Saudi Arabia", ["munitions"], "asserts")]


@pytest.mark.parametrize("text,want", [
    # session 34, later: a name written without its accent is still the gazetteer's person ("Nicolas Maduro")
    ('President Nicolas Maduro, speaking on state television, said Russia had delivered "modern and powerful weapons" '
     "to Venezuela.", [("Venezuela", "Russia", "Venezuela", ["munitions"], "asserts")]),
    # a relative pronoun the passive arms is its antecedent
    ("The Houthis, who are armed by Iran, fired missiles at Riyadh.", [("Test Outlet", "Iran", "Houthis", ["munitions"], "asserts")]),
    # "the Kingdom" is the monarchy the text has named most before its sentence, not the seller named beside it
    ("Saudi Arabia has bought warships from Spain. Saudi Arabia's navy now has five corvettes. In 2018 Madrid approved the "
     "delivery of 400 laser-guided bombs to the kingdom.",
     [("Test Outlet", "Spain", "Saudi Arabia", ["munitions"], "asserts"),
      ("Test Outlet", "Spain", "Saudi Arabia", ["munitions"], "asserts")]),
])
def test_session34_accents_relatives_and_the_kingdom(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session34_hearing_witnesses_and_committee_ministers(nlp):
    # a hearing's list of witnesses says whom each speaks for: a government title is the state whose legislature
    # holds the hearing, an analyst the institute named; "The Department" in an official's answer is his state
    text = ('Subcommittee on the Western Hemisphere, Committee on Foreign Affairs, House of Representatives. Hearing: "Arms '
            'in the Caribbean". Witnesses: Mark Delgado, Deputy Assistant Secretary of Defense for Western Hemisphere '
            "Affairs; Elena Varga, senior analyst, Orinoco Policy Institute.\n\n"
            "WHITCOMB: The subcommittee will come to order.\n\n"
            "DELGADO: The Department assesses that Iran has transferred drone technology to Venezuela.\n\n"
            "VARGA: Beijing has sold Venezuela more than 400 armoured vehicles since 2012.")
    rows = _rows_listed(nlp, text, "Capitol Record Service")
    assert [(r[0], r[1], r[2]) for r in rows] == [("United States", "Iran", "Venezuela"),
                                                  ("Orinoco Policy Institute", "China", "Venezuela")]
    # a Canadian committee's minister, "(Minister of Foreign Affairs)" after his name, speaks for the state whose House
    # of Commons the heading names, and so does his name alone later
    text = ("House of Commons of Canada, Standing Committee on Foreign Affairs. Evidence, April 23, 2021.\n\n"
            "Hon. Marc Garneau (Minister of Foreign Affairs): Turkey transferred drones to Azerbaijan in 2020.\n\n"
            "Mr. Michael Chong (Wellington—Halton Hills, CPC): Has Ankara denied it?\n\n"
            "Hon. Marc Garneau: Canada sold armoured vehicles to Turkey in 2020.")
    rows = _rows_listed(nlp, text, "Hansard Digest")
    assert [(r[0], r[1], r[2]) for r in rows] == [("Canada", "Turkey", "Azerbaijan"), ("Canada", "Canada", "Turkey")]


@pytest.mark.parametrize("text,want", [
    # session 34: riot-control gear is military equipment, drone technology is know-how, "Akıncı" with its dotless i
    ("Brazil supplied tear gas to the Venezuelan National Guard.", [("Test Outlet", "Brazil", "Venezuela", ["munitions"], "asserts")]),
    ("Iran has been providing Venezuela with UAV technology for years.",
     [("Test Outlet", "Iran", "Venezuela", ["technology"], "asserts")]),
    ("Baykar has sold the Akıncı to Azerbaijan.", [("Test Outlet", "Turkey", "Azerbaijan", ["other"], "asserts")]),
    # a statement translated from a state's language by an office that names no state is that state's
    ("Translated from Persian. The following is the full text of the statement by Foreign Ministry spokesman Bahram "
     "Qasemi, published on the ministry's website.\n\nThe United States has sold tens of billions of dollars' worth of "
     "weapons to the Saudi regime.", [("Iran", "United States", "Saudi Arabia", ["munitions"], "asserts")]),
])
def test_session34_riot_gear_drone_technology_and_translated_statements(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session34_a_models_maker_outranks_the_discourse(nlp):
    # a named model's maker supplies it before the supplier of the claim under discussion does
    text = ("Poland has sent 20 Gladius drones to Ukraine. Ukraine's ambassador in Ankara said Kyiv expected to receive "
            "more TB2s in the coming days.")
    rows = _rows_listed(nlp, text)
    assert rows == [("Test Outlet", "Poland", "Ukraine", ["other"], "asserts"), ("Ukraine", "Turkey", "Ukraine", ["other"], "asserts")]


def test_session34_a_legislator_speaks_for_himself(nlp):
    # "Representative" or "Senator" before a name is a member of a legislature, not an office of a state
    rows = _rows_listed(nlp, "Representative Dana Whitcomb said in a statement that Russia was helping Cuba rebuild its air "
                             "defences with technicians.")
    assert [r[0] for r in rows] == ["Dana Whitcomb"]


@pytest.mark.parametrize("text,want", [
    # session 35: a state's possessive outranks an agency name that alone is another state's ("Foreign Office")
    ("Pakistan's Foreign Office has accused India of supplying weapons to the Balochistan Liberation Army.",
     [("Pakistan", "India", "Balochistan Liberation Army", ["munitions"], "asserts")]),
    # goods that came from a state are held by whoever they were recovered from, not by the state that made them
    ("Pakistan's military has said that U.S.-made rifles recovered from TTP fighters came from Afghanistan.",
     [("Pakistan", "Afghanistan", "Tehreek-e-Taliban Pakistan", ["munitions"], "asserts")]),
    # where arriving goods set out from outranks the maker's adjective
    ("Anwaar-ul-Haq Kakar said that American weapons left behind in Afghanistan had reached the TTP from Afghan territory.",
     [("Pakistan", "Afghanistan", "Tehreek-e-Taliban Pakistan", ["munitions"], "asserts")]),
    # the Taliban supply for the state they govern (kgo:basedIn); the TTP's other spelling
    ("Interviews with traders indicate that Taliban commanders sold rifles to the Tehrik-i-Taliban Pakistan.",
     [("Test Outlet", "Afghanistan", "Tehreek-e-Taliban Pakistan", ["munitions"], "asserts")]),
    # an emphatic reflexive is not the buyer
    ("The Ministry notes that Serbia has itself acquired Chinese armed drones.", [("Serbia", "China", "Serbia", ["other"], "asserts")]),
    # a sum's kit is the cargo ("$18.6 billion in equipment", "worth of equipment"); SIGAR is a U.S. agency
    ("SIGAR said the Defense Department provided about $18.6 billion in equipment to the Afghan National Defense and "
     "Security Forces.", [("United States", "United States", "Afghanistan", ["munitions"], "asserts")]),
    ("The Department of Defense provided about $7 billion worth of equipment to the Afghan army.",
     [("Test Outlet", "United States", "Afghanistan", ["munitions"], "asserts")]),
    ("Malaysia ordered three littoral mission ships from Turkey's STM last year.",
     [("Test Outlet", "Turkey", "Malaysia", ["munitions"], "asserts")]),
    # an aim of exporting is no export
    ("Analysts say the deals could help the government reach its target of exporting $5 billion of defence equipment "
     "to Armenia.", []),
])
def test_session35_afghan_leftovers_and_sums(nlp, text, want):
    assert _rows_listed(nlp, text) == want


@pytest.mark.parametrize("text,want", [
    # each maker's kit in a list held or bought is its own transfer, with "it" as the holder named before
    ("Indonesia's air force flies Russian-made Su-27 fighters, American F-16s and British Hawk 209s.",
     [("Test Outlet", s, "Indonesia", ["munitions"], "asserts") for s in ("Russia", "United States", "United Kingdom")]),
    ("Indonesia is buying an air force. It flies American F-16s, and it has signed for French Rafales and Turkish KAAN "
     "fighters.", [("Test Outlet", s, "Indonesia", ["munitions"], "asserts") for s in ("United States", "France", "Turkey")]),
    # and each seller "from" whom part of one purchase comes
    ("Jakarta has signed for two Scorpene submarines from France and two Istif-class frigates from Turkey.",
     [("Test Outlet", s, "Indonesia", ["munitions"], "asserts") for s in ("France", "Turkey")]),
])
def test_session35_several_makers_in_one_list(nlp, text, want):
    assert _rows_listed(nlp, text) == want


@pytest.mark.parametrize("text,want", [
    # session 35, later: trainees who train in a named country get know-how from it
    ("Thai submarine crews trained in China last year.", [("Test Outlet", "China", "Thailand", ["technology"], "asserts")]),
    # a transcript's last speaker stops at the page's own "Editor's note:"
    ("Lin Jian: China and Pakistan are all-weather partners.\n\nQuestion: What is China's response?\n\nLin Jian: We "
     "never comment on such reports.\n\nEditor's note: China delivered four Type 054A/P frigates to Pakistan between 2021 "
     "and 2023.", [("Test Outlet", "China", "Pakistan", ["munitions"], "asserts")]),
    # weapons-grade uranium is cargo ("other")
    ("The Chinese government says the United States is handing Australia weapons-grade uranium.",
     [("China", "United States", "Australia", ["other"], "asserts")]),
])
def test_session35_training_abroad_editors_notes_and_uranium(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session35_a_un_body_citing_member_states_stands_by_its_report(nlp):
    rows = _rows_listed(nlp, "A UN sanctions monitoring team reported in 2023, citing Member States, that the Taliban had "
                             "given some weapons from the former government's stocks to the TTP.")
    assert rows == [("Analytical Support and Sanctions Monitoring Team", "Afghanistan", "Tehreek-e-Taliban Pakistan",
                     ["munitions"], "asserts")]


@pytest.mark.parametrize("text,want", [
    # session 35, later: a reporting verb joined after the transfer with an object of its own says something else
    ("Russia supplied the bulk of Vietnam's major weapons, and Hanoi showed little appetite for change.",
     [("Test Outlet", "Russia", "Vietnam", ["munitions"], "asserts")]),
    # but the one a speaker tells is no such object, nor is "it"
    ("Russia has sent instructors to Vietnam, and a senior naval officer told this newspaper.",
     [("senior naval officer", "Russia", "Vietnam", ["technology"], "asserts")]),
    ("Russia has sent instructors to Vietnam, and a senior naval officer confirmed it.",
     [("senior naval officer", "Russia", "Vietnam", ["technology"], "asserts")]),
])
def test_session35_a_joined_reporting_verb_with_its_own_object(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session35_what_a_minister_tells_a_panel(nlp):
    # "tells a panel that ...", the clause misread as the panel's relative clause, is what the minister tells
    rows = _rows_listed(nlp, "Indonesia's defence minister, Prabowo Subianto, tells a panel that Indonesia will receive "
                             "its first Rafale fighters from France in 2026.")
    assert rows == [("Indonesia", "France", "Indonesia", ["munitions"], "asserts")]


@pytest.mark.parametrize("text,want", [
    # session 35, later: bare "fighters" paired with weapons are men; a model's family before its variant names its maker
    ("Islamabad has asked Kabul to stop sending weapons and fighters across the border to the Pakistani Taliban.",
     [("Pakistan", "Afghanistan", "Tehreek-e-Taliban Pakistan", ["munitions", "troops"], "asserts")]),
    ("Algeria took delivery of two MEKO A-200 frigates in 2016.", [("Test Outlet", "Germany", "Algeria", ["munitions"], "asserts")]),
])
def test_session35_weapons_and_fighters_and_model_families(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session35_a_record_that_brackets_its_speakers(nlp):
    # Malaysia's Hansard brackets the holder of an office and a member's constituency: "The Minister of Defence [Dato'
    # Seri Mohamed Khaled Nordin]:" speaks for Malaysia, and so does "the ministry" in his answer; ships "built in
    # China" come from China
    text = ("DEWAN RAKYAT — OFFICIAL REPORT\n\nTuan Ahmad Fauzi bin Rahman [Kuala Selangor] asked the Minister of Defence "
            "to state the progress of the programme.\n\nThe Minister of Defence [Dato' Seri Mohamed Khaled Nordin]: Tuan "
            "Yang di-Pertua, the ministry signed a contract with Korea Aerospace Industries in February 2023 for 18 FA-50 "
            "Block 20 aircraft. The four Batch 1 ships built in China have all been delivered and are in service.\n\n"
            "Puan Siti Hajar binti Osman [Pasir Gudang]: Tuan Yang di-Pertua, what did they cost?")
    rows = _rows_listed(nlp, text, "Parliament of Malaysia")
    assert rows == [("Malaysia", "South Korea", "Malaysia", ["munitions"], "asserts"),
                    ("Malaysia", "China", "Malaysia", ["munitions"], "asserts")]


@pytest.mark.parametrize("text,want", [
    # session 36: weapon sights, scopes and monoculars, helmets and vests are military equipment; oscilloscopes are
    # dual-use technology; "sights" or "scopes" alone are no cargo ("no end in sight")
    ("A Texas broker exported 412 thermal weapon sights and 40 rifle scopes to buyers in Russia, prosecutors said.",
     [("prosecutors", "United States", "Russia", ["munitions"], "asserts")]),
    ("Japan sent helmets and bulletproof vests to Ukraine.", [("Test Outlet", "Japan", "Ukraine", ["munitions"], "asserts")]),
    ("A German distributor sold oscilloscopes to a Russian military research institute.",
     [("Test Outlet", "Germany", "Russia", ["technology"], "asserts")]),
    ("Russia sent Syria more weapons, with no end of the war in sight.",
     [("Test Outlet", "Russia", "Syria", ["munitions"], "asserts")]),
])
def test_session36_sights_helmets_and_test_gear(nlp, text, want):
    assert _rows_listed(nlp, text) == want


@pytest.mark.parametrize("text,want", [
    # session 36: a post or video spread online says what it says, however the parser hangs "says" on "shared"
    ("CLAIM: A post shared more than 40,000 times on Telegram says China has sent 2,000 soldiers to a new military base "
     "in Tajikistan.", [("post", "China", "Tajikistan", ["troops"], "asserts")]),
    ("Social media posts shared widely since May say South Africa secretly loaded weapons onto the Russian ship Lady R.",
     [("social media posts", "South Africa", "Russia", ["munitions"], "asserts")]),
    # and "shared" there hands nothing over; but intelligence shared with a state is
    ("A video shared on Telegram shows Russian troops in Mali.", []),
    ("Iran has shared drone technology with Russia.", [("Test Outlet", "Iran", "Russia", ["technology"], "asserts")]),
])
def test_session36_posts_spread_online(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session36_an_indictment_charging(nlp):
    # an indictment "charging" someone with a shipment is the charge of whoever put it out, here federal prosecutors
    # under a New York dateline
    rows = _rows_listed(nlp, "NEW YORK, Dec 13 (TWS) — Federal prosecutors in Brooklyn on Tuesday unsealed an indictment "
                             "charging five Russian nationals with running a network that shipped U.S.-made "
                             "microelectronics to Russian defence companies.")
    assert rows == [("United States", "United States", "Russia", ["technology"], "asserts")]


@pytest.mark.parametrize("text,want", [
    # session 36: servicemen and border guards trained by a state's instructors get know-how from it; the trainees a
    # support goes "to" are who takes it, not troops sent
    ("Russian specialists will continue to train Kyrgyz servicemen in the maintenance of air defence systems.",
     [("Test Outlet", "Russia", "Kyrgyzstan", ["technology"], "asserts")]),
    ("Russian instructors are training Tajik border guards.", [("Test Outlet", "Russia", "Tajikistan", ["technology"], "asserts")]),
    ("Iranian engineers will continue to provide technical support and training to Tajik personnel at the plant.",
     [("Test Outlet", "Iran", "Tajikistan", ["technology"], "asserts")]),
])
def test_session36_trainers_and_trainees(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session36_accused_of_flying_foreign_drones(nlp):
    # the one accused of flying a maker's drones holds them (the accused is the controller of "flying")
    rows = _rows_listed(nlp, "Kyrgyzstan accused Tajikistan on Saturday of flying Turkish-made Bayraktar TB2 drones over "
                             "the Batken region.")
    assert rows == [("Kyrgyzstan", "Turkey", "Tajikistan", ["other"], "asserts")]


@pytest.mark.parametrize("text,want", [
    # session 36: sellers listed after "from", however the parser hangs the list; not a new clause's subject
    ("Tajikistan has received military equipment from Russia, China and the United States.",
     [("Test Outlet", s, "Tajikistan", ["munitions"], "asserts") for s in ("Russia", "China", "United States")]),
    ("The UAE operates Wing Loong drones bought from China, and Saudi Arabia agreed in 2017 to build CH-4 drones.",
     [("Test Outlet", "China", "United Arab Emirates", ["other"], "asserts")]),
])
def test_session36_sellers_listed_after_from(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session36_export_control_officials_and_a_relative_clause_with_a_hedge(nlp):
    # U.S. officials of export enforcement speak for the United States (not "Monaco" the state); "companies that we
    # assess have supplied ...", the clause hung on the main verb, is the companies' supply
    text = ("MONACO: We have seen Iran and North Korea send Russia weapons.\n\n"
            "AXELROD: Commerce is adding 28 entities to the Entity List, including four Iranian companies that we assess "
            "have supplied Russia's military with drone engines.")
    assert _rows_listed(nlp, text) == [("United States", "Iran", "Russia", ["munitions"], "asserts"),
                                       ("United States", "North Korea", "Russia", ["munitions"], "asserts"),
                                       ("United States", "Iran", "Russia", ["other"], "asserts")]


@pytest.mark.parametrize("text,want", [
    # session 36: officials and bodies of South Africa, Brazil, Tajikistan and Kyrgyzstan speak for their states
    ("Brigety said South Africa had supplied weapons to Russia.",
     [("United States", "South Africa", "Russia", ["munitions"], "asserts")]),
    ("The NCACC said it had approved no exports of ammunition to Russia.",
     [("South Africa", "South Africa", "Russia", ["munitions"], "denies")]),
])
def test_session36_officials_of_the_new_topics(nlp, text, want):
    assert _rows_listed(nlp, text) == want


@pytest.mark.parametrize("text,want", [
    # session 36: cargo loaded onto a state's ship comes from where the ship lay, in the clause that says so or in a
    # named state
    ("Washington was confident that weapons and ammunition were loaded onto the Russian cargo vessel Lady R while it "
     "was docked at the Simon's Town naval base in December 2022.",
     [("United States", "South Africa", "Russia", ["munitions"], "asserts")]),
    ("Weapons were loaded onto a Russian ship in South Africa.", [("Test Outlet", "South Africa", "Russia", ["munitions"], "asserts")]),
])
def test_session36_loaded_onto_a_ship_where_it_lay(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session36_rejecting_the_account(nlp):
    # "the account" a state rejects is the allegation just made
    rows = _rows_listed(nlp, "Kyrgyzstan accused Tajikistan on Saturday of flying Turkish-made Bayraktar TB2 drones over "
                             "villages in the Batken region. Dushanbe rejected the account.")
    assert rows == [("Kyrgyzstan", "Turkey", "Tajikistan", ["other"], "asserts"),
                    ("Tajikistan", "Turkey", "Tajikistan", ["other"], "denies")]


@pytest.mark.parametrize("text,want", [
    # session 36: the artillery's part of "artillery and mortar ammunition" is shells
    ("South Africa sold artillery and mortar ammunition to Saudi Arabia.",
     [("Test Outlet", "South Africa", "Saudi Arabia", ["artillery shells"], "asserts")]),
    ("South Africa sold mortar ammunition to Saudi Arabia.", [("Test Outlet", "South Africa", "Saudi Arabia", ["munitions"], "asserts")]),
])
def test_session36_artillery_and_mortar_ammunition(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session36_the_minister_label_in_a_hearing(nlp):
    # "THE MINISTER:" in a hearing's record is whoever the record first calls the Minister (José Múcio, Brazil)
    text = ("Brasília, 17 May 2023.\n\nTHE CHAIR (Deputy Paulo Alencar): I declare open this hearing with the Minister of "
            "State for Defence, José Múcio Monteiro.\n\nTHE MINISTER: Mr Chair, I thank you for the invitation.\n\n"
            "DEPUTY MARCELO VIANA: Minister, is our neutrality real?\n\nTHE MINISTER: We did not sell the Leopard ammunition "
            "to Germany.")
    assert _rows_listed(nlp, text, "Chamber of Deputies Record Service") == [
        ("Brazil", "Brazil", "Germany", ["munitions"], "denies")]


@pytest.mark.parametrize("text,want", [
    # session 36: a model used by a party comes from its maker, as the gazetteer knows it; not its own kit
    ("Kyrgyz officials say Tajik forces also used Bayraktar drones.", [("Kyrgyzstan", "Turkey", "Tajikistan", ["other"], "asserts")]),
    ("Australia fired its first Tomahawk from HMAS Brisbane off California in December.", []),
])
def test_session36_a_model_used_comes_from_its_maker(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session36_a_relative_clause_hung_on_the_main_verb(nlp):
    # "a company in the United Arab Emirates that it says supplied ...", parsed with "that" as the subject of a clause
    # hung on "says": the company does it (from the UAE)
    rows = _rows_listed(nlp, "Treasury also named a company in the United Arab Emirates that it says supplied Russia's "
                             "military with Iranian-designed drone engines.")
    assert [(r[1], r[2]) for r in rows] == [("United Arab Emirates", "Russia")]


@pytest.mark.parametrize("text,want", [
    # session 37: the preposition repeated before the second party ("to Russia or to Ukraine") lists two recipients
    ("South Africa has not supplied weapons to Russia or to Ukraine since the start of the conflict, officials said.",
     [("officials", "South Africa", "Russia", ["munitions"], "denies"),
      ("officials", "South Africa", "Ukraine", ["munitions"], "denies")]),
    ("China did sell armed drones to Saudi Arabia and to the Emirates in the late 2010s.",
     [("Test Outlet", "China", "Saudi Arabia", ["other"], "asserts"),
      ("Test Outlet", "China", "United Arab Emirates", ["other"], "asserts")]),  # (drones are "other": GUIDE.md)
    # but not one the text negates
    ("Slovenia's government said the cargo of rockets was bound for the Czech Republic and not for Israel.",
     []),  # (no supplier named: not the state ruled out)
])
def test_session37_repeated_preposition_lists_parties(nlp, text, want):
    assert _rows_listed(nlp, text) == want


@pytest.mark.parametrize("text,want", [
    # session 37: a bare "the gangs" or "the rebels" is the collective the gazetteer knows in the story's state (the
    # dateline's, here a hyphenated capital), and "the UN Panel of Experts" in a story on Haiti is the panel on Haiti
    ("PORT-AU-PRINCE, July 15 (CPA) — Smugglers have sent rifles from Florida to the gangs, officials said.",
     [("officials", "United States", "Haitian gangs", ["munitions"], "asserts")]),
    ("DAMASCUS, July 15 (CPA) — Turkey has sent rifles to the rebels, officials said.",
     [("officials", "Turkey", "Syrian rebels", ["munitions"], "asserts")]),
    ("PORT-AU-PRINCE, July 15 (CPA) — The UN Panel of Experts said rifles had been smuggled from Florida to the gangs.",
     [("UN Panel of Experts on Haiti", "United States", "Haitian gangs", ["munitions"], "asserts")]),
    ("The UN Panel of Experts said North Korea had shipped shells to Russia.",
     [("UN Panel of Experts", "North Korea", "Russia", ["artillery shells"], "asserts")]),
    # troops a story's topic would send to an armed group go to the state it fights in
    ("PORT-AU-PRINCE, July 15 (CPA) — Rifles were shipped from Miami to Haiti's gangs. Belize and the Bahamas have "
     "each committed a contingent of soldiers to the mission.",
     [("Test Outlet", "United States", "Haitian gangs", ["munitions"], "asserts"),
      ("Test Outlet", "Belize", "Haiti", ["troops"], "asserts"),
      ("Test Outlet", "Bahamas", "Haiti", ["troops"], "asserts")]),
])
def test_session37_collective_groups_and_panels(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session37_a_story_that_looks_like_a_hoax(nlp):
    # session 37: "said the story looked like 'another hoax'" rejects the story, as "called the report a hoax" does
    rows = _rows_listed(nlp, "CAIRO, April 11 (LWS) — Egypt planned to ship rockets to Russia, The Washington Post "
                             "reported. In Moscow, Kremlin spokesman Dmitry Peskov said the story looked like "
                             "\"another hoax\".")
    assert ("Russia", "Egypt", "Russia", ["rockets"], "denies") in rows


def test_session37_flown_kit_beside_bought_kit(nlp):
    # session 37: kit a state flies takes its maker from its own modifier ("Russian MiG-29M", the letter read as a
    # name), not from a joined clause that buys other kit
    rows = _rows_listed(nlp, "Egypt flies Russian MiG-29M fighters and Ka-52 helicopters, and it has bought Chinese "
                             "Wing Loong drones.")
    assert rows == [("Test Outlet", "Russia", "Egypt", ["munitions"], "asserts"),
                    ("Test Outlet", "China", "Egypt", ["other"], "asserts")]


def test_session37_gapped_cargo_on_the_first_party(nlp):
    # session 37: "drones from Iran" hung on the first party as its conjunct is a transfer of its own, not more cargo
    # of the first
    rows = _rows_listed(nlp, "Russia buys shells from North Korea and drones from Iran.")
    assert rows == [("Test Outlet", "North Korea", "Russia", ["artillery shells"], "asserts"),
                    ("Test Outlet", "Iran", "Russia", ["other"], "asserts")]


def test_session37_abbreviated_titles_end_no_sentence(nlp):
    # session 37: "MS. DOYLE: Senator, ..." and "SEN. WHITFIELD: ..." are one sentence each, the label included
    # (GUIDE.md's quotes keep a speaker label); the parser had split after "MS." and after the label's colon
    text = ("Capitol Hearings Record\n\nSEN. OKAFOR: Madam Secretary, Egypt signed a deal for Russian Su-35 fighters in "
            "2018.\n\nMS. DOYLE: Senator, we have seen no indication of that.\n\nSEN. WHITFIELD: Egypt also flies "
            "Chinese Wing Loong drones.\n")
    sents = [s.text.strip() for s in nlp(text).sents]
    assert "MS. DOYLE: Senator, we have seen no indication of that." in sents
    assert [c.quote for c in _claims(nlp, text)][-1] == "SEN. WHITFIELD: Egypt also flies Chinese Wing Loong drones."


@pytest.mark.parametrize("text,want", [
    # session 37: rounds of plain ammunition or of a rifle's calibre are no artillery shells; a gun's calibre is
    ("Japan sent 15,000 rounds of ammunition to the Philippines last year.", ["munitions"]),
    ("Japan sent 2.5 million 5.56mm rounds to the Philippines last year.", ["munitions"]),
    ("Japan sent 20,000 155mm rounds to the Philippines last year.", ["artillery shells"]),
    ("North Korea had sent more than 12 million rounds of 152 mm ammunition to Russia.", ["artillery shells", "munitions"]),
    ("Iran shipped 181 mortar bombs to Hamas.", ["artillery shells"]),
])
def test_session37_rounds_by_calibre(nlp, text, want):
    assert [list(c.items) for c in _claims(nlp, text)] == [want]


def test_session37_resupplied_from(nlp):
    # session 37: "had been resupplied with ammunition from Florida": the passive's subject takes it from where it came
    rows = _rows_listed(nlp, "PORT-AU-PRINCE, July 15 (CPA) — Haiti's police chief Frantz Elbé said the gangs had been "
                             "resupplied with ammunition from Florida in recent weeks.")
    assert rows == [("Haiti", "United States", "Haitian gangs", ["munitions"], "asserts")]


def test_session37_as_for_a_state(nlp):
    # session 37: "As for Ukraine, we have delivered ..." after a speaker label takes the state it opens on, not the
    # recipient of the claim before
    text = ("TOKYO (PRW) — Japan will ship PAC-3 interceptors to the United States, Minister Kihara said.\n\n"
            "Minister Kihara: As for Ukraine, we have delivered about 100 Self-Defense Force vehicles.")
    assert [row[2] for row in _rows_listed(nlp, text)] == ["United States", "Ukraine"]


def test_session37_typhoon_fighters(nlp):
    # session 37: "Typhoon fighters" are jets (the bare "Typhoon" stays out of the vocabulary: weather)
    rows = _rows_listed(nlp, "Britain has sold Typhoon fighters to Saudi Arabia, Oman and Qatar.")
    assert [(r[1], r[2], r[3]) for r in rows] == [("United Kingdom", c, ["munitions"]) for c in ("Saudi Arabia", "Oman", "Qatar")]


def test_session37_people_who_sell_are_no_cargo(nlp):
    # session 37: "police officers had sold weapons and ammunition to gangs": the officers sell, they are not troops sent
    rows = _rows_listed(nlp, "Iraqi police officers sold weapons and ammunition to the Houthis, the panel found.")
    assert rows == [("panel", "Iraq", "Houthis", ["munitions"], "asserts")]


def test_session37_a_party_which_flies_foreign_kit(nlp):
    # session 37: "Egypt, which also flies French Rafale fighters, ..." holds them as "Egypt flies ..." does
    rows = _rows_listed(nlp, "Egypt, which also flies French Rafale fighters, is one of Russia's most important partners.")
    assert rows == [("Test Outlet", "France", "Egypt", ["munitions"], "asserts")]


def test_session37_a_semicolon_ends_the_hedges_scope(nlp):
    # session 37: "...; both expect GCAP to follow the same path": the parser hangs the clause before the semicolon
    # under "expect", whose hedge is not the sales'
    claims = _claims(nlp, "Britain has sold Typhoon fighters to Saudi Arabia, and Italy has delivered them to Kuwait; "
                          "both expect GCAP to follow the same path, with export orders keeping the production line open.")
    assert [(c.recipient, c.certainty) for c in claims] == [("Saudi Arabia", "certain"), ("Kuwait", "certain")]


@pytest.mark.parametrize("text,want", [
    # session 38: liberation movements and insurgents of the Cold War and the bodies of states that no longer exist are
    # in the gazetteer, and such a state is a party where the sentence names it as one
    ("A Garda report of 1987 concludes that four shipments of rifles from Libya had reached the IRA.",
     [("Ireland", "Libya", "Provisional IRA", ["munitions"], "asserts")]),
    ("A Stasi report says that the GDR had shipped rifles to the MPLA.",
     [("East Germany", "East Germany", "MPLA", ["munitions"], "asserts")]),
    ("During the Iran-Iraq war Czechoslovakia sold T-55 tanks to Iraq, the committee found.",
     [("committee", "Czechoslovakia", "Iraq", ["munitions"], "asserts")]),
    ("KABUL, March 3 (CPA) — Pakistan passed Chinese rifles to the guerrillas, officials said.",
     [("officials", "Pakistan", "Afghan mujahideen", ["munitions"], "asserts")]),
    # not from a maker's word on the goods: "Soviet hardware" is no Soviet party
    ("The army remains equipped with Russian and Soviet hardware, and its police received Chinese-made trucks in 2019, "
     "according to the Nicaragua Monitor.", []),
])
def test_session38_cold_war_parties(nlp, text, want):
    assert _rows_listed(nlp, text) == want


@pytest.mark.parametrize("text,want", [
    # session 38 (GUIDE.md): crowd-control kit is munitions, surveillance tools are technology
    ("Britain exported rubber bullets, stun grenades and water cannon to Bahrain, the campaign group said.",
     [("campaign group", "United Kingdom", "Bahrain", ["munitions"], "asserts")]),
    ("Israel sold spyware and phone-extraction tools to Bangladesh, the campaign group said.",
     [("campaign group", "Israel", "Bangladesh", ["technology"], "asserts")]),
    ("Czechoslovakia exported 700 tonnes of Semtex to Libya, the committee found.",
     [("committee", "Czechoslovakia", "Libya", ["munitions"], "asserts")]),
])
def test_session38_police_and_surveillance_kit(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session38_delivery_taken_with_of_on_the_verb(nlp):
    # session 38: "took delivery on Monday of two submarines from China": the parser hangs "of" on "took"
    rows = _rows_listed(nlp, "Bangladesh took delivery on Monday of two refurbished submarines from China.")
    assert rows == [("Test Outlet", "China", "Bangladesh", ["munitions"], "asserts")]


@pytest.mark.parametrize("text,want", [
    # session 38: a paper from a body's files speaks for the body ("a Foreign Office minute", "a Stasi report ...
    # records that"); a name with its model number is a jet ("Mirage 5 fighters"); "Moscow" in a sentence on a year
    # before 1992 or beside "Soviet" is the Soviet Union
    ("According to a Foreign Office minute dated May 21, Peru had agreed to transfer ten Mirage 5 fighters to Argentina.",
     [("United Kingdom", "Peru", "Argentina", ["munitions"], "asserts")]),
    ("A Stasi report of October 1975 records that the GDR had shipped rifles to the MPLA.",
     [("East Germany", "East Germany", "MPLA", ["munitions"], "asserts")]),
    ("In 1977 Moscow sent tanks to Ethiopia, officials said.", [("officials", "Soviet Union", "Ethiopia", ["munitions"], "asserts")]),
    ("Moscow sent tanks to Ethiopia in 2023, officials said.", [("officials", "Russia", "Ethiopia", ["munitions"], "asserts")]),
    ("The Kremlin has sent Soviet-era tanks to Ethiopia, officials said.",
     [("officials", "Russia", "Ethiopia", ["munitions"], "asserts")]),
])
def test_session38_archival_papers_and_eras(nlp, text, want):
    assert _rows_listed(nlp, text) == want


@pytest.mark.parametrize("text,want", [
    # session 38: a denial of reports in media named by their country is also those media's assertion
    ("The Chinese embassy rejected reports in Indian media that China would supply the Maldives with patrol boats.",
     [("China", "China", "Maldives", ["munitions"], "denies"), ("Indian media", "China", "Maldives", ["munitions"], "asserts")]),
    ("Azerbaijan's foreign ministry rejected as baseless reports in Iranian state media that Israel had sent drones to "
     "Azerbaijan.",
     [("Azerbaijan", "Israel", "Azerbaijan", ["other"], "denies"), ("Iran", "Israel", "Azerbaijan", ["other"], "asserts")]),
    ("The ministry rejects reports in some media that Germany has secretly supplied Taurus missiles to Ukraine.",
     [("Germany", "Germany", "Ukraine", ["munitions"], "denies")]),
])
def test_session38_reports_in_named_media_are_their_claims(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session38_a_short_name_given_in_full_before(nlp):
    # session 38: "Alderman" after "Ruth Alderman", "Omega" after "the Omega Research Foundation", whatever the
    # tagger makes of the short name
    text = ("Crates Marked Spare Parts, by Ruth Alderman, tells the story well. From February 1986, Alderman writes, the "
            "United States sold 1,000 TOW missiles to Iran.\n\nThe Omega Research Foundation published a report on "
            "Monday. Tender awards reviewed by Omega show that a Chinese exporter has sold tear gas to Kenya since 2019.")
    assert [r[0] for r in _rows_listed(nlp, text)] == ["Ruth Alderman", "Omega Research Foundation"]


@pytest.mark.parametrize("text,want", [
    # session 38: a press service speaks for the body whose it is; a police force named without its state is the
    # dateline's (or the fronted "In X,") state's
    ("MINSK, 14 August (Belinform) — The Interior Ministry of Belarus has received a new batch of armoured cars from the "
     "Russian Federation, the ministry's press service said.", [("Belarus", "Russia", "Belarus", ["munitions"], "asserts")]),
    ("NAIROBI, June 3 (CPA) — A Chinese exporter has supplied tear gas to the National Police Service since 2019, "
     "officials said.", [("officials", "China", "Kenya", ["munitions"], "asserts")]),
])
def test_session38_press_services_and_police_forces(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session38_a_movements_cadres_trained(nlp):
    # session 38: a movement's cadres, members or fighters trained by another state's instructors get know-how
    rows = _rows_listed(nlp, "Libyan instructors trained IRA members to fire SAM-7 missiles, the historian said.")
    assert rows == [("historian", "Libya", "Provisional IRA", ["technology"], "asserts")]


def test_session38_experts_who_stay_to_maintain(nlp):
    # session 38: "Chinese technicians would stay in Bangladesh to maintain the boats": know-how where they stay
    rows = _rows_listed(nlp, "Chinese technicians would stay in Bangladesh for several years to maintain the boats, "
                             "Indian officials said.")
    assert [(r[1], r[2], r[3]) for r in rows] == [("China", "Bangladesh", ["technology"])]


def test_session38_troops_whom_goods_are_for_are_no_cargo(nlp):
    # session 38: "armoured vehicles ... for the army's peacekeeping contingents": the contingents are whom they are for
    rows = _rows_listed(nlp, "Turkey has supplied armoured vehicles to Bangladesh for the army's peacekeeping contingents.")
    assert rows == [("Test Outlet", "Turkey", "Bangladesh", ["munitions"], "asserts")]


@pytest.mark.parametrize("text,want", [
    # session 38: readiness is an offer, no claim (GUIDE.md); getting ready is a preparation, a claim
    ("Rostec's chief said Russia is ready to supply Su-35 fighters to Turkey.", []),
    ("Officials say Iran may be getting ready to send Russia ballistic missiles.",
     [("officials", "Iran", "Russia", ["ballistic missiles"], "asserts")]),
])
def test_session38_ready_to_supply_is_an_offer(nlp, text, want):
    assert _rows_listed(nlp, text) == want


@pytest.mark.parametrize("text,want", [
    # session 39: a nationality's presidency speaks for its state, as its government does; in diplomats' speech
    # "the Russian side" is Russia (a claimant only); a government's fact sheet or published list is its word
    ("The French presidency said France had delivered Caesar howitzers to Ukraine.",
     [("France", "France", "Ukraine", ["munitions"], "asserts")]),
    ("The Russian side said it had delivered two S-400 regiments to India last year.",
     [("Russia", "Russia", "India", ["munitions"], "asserts")]),
    ("The United States sent more than 1,600 Stinger missiles to Ukraine, according to Pentagon fact sheets.",
     [("United States", "United States", "Ukraine", ["munitions"], "asserts")]),
    ("Germany has supplied Leopard tanks to Ukraine, according to the German government's published list of deliveries.",
     [("Germany", "Germany", "Ukraine", ["munitions"], "asserts")]),
])
def test_session39_state_bodies_and_papers(nlp, text, want):
    assert _rows_listed(nlp, text) == want


@pytest.mark.parametrize("text,want", [
    # session 39: "It is the United States that has sold ...": a cleft, not "States" as a mistagged "states that"
    ("It is the United States that has sold Nigeria attack helicopters.",
     [("Test Outlet", "United States", "Nigeria", ["munitions"], "asserts")]),
    # "..., though neither government has confirmed it": nobody's word, the page's own
    ("Baykar is believed to have sold TB2 drones to Togo, though neither government has confirmed it.",
     [("Test Outlet", "Turkey", "Togo", ["other"], "asserts")]),
    # a High Commission is a Commonwealth state's embassy; the embassy "in Abuja" before an aside is the speaker
    ("The British High Commission in Nairobi said that British instructors had trained Kenyan police units.",
     [("United Kingdom", "United Kingdom", "Kenya", ["technology"], "asserts")]),
    ("The Pakistani High Commission in Abuja, asked about a separate post, told VeriFact that Pakistan had delivered "
     "three JF-17 fighters to Nigeria.",
     [("Pakistan", "Pakistan", "Nigeria", ["munitions"], "asserts")]),
    # executives are people who speak; a company's chief executive speaks for it
    ("Rafael has supplied the UAE with Barak air defence systems, according to two Gulf defence industry executives.",
     [("two Gulf defence industry executives", "Israel", "United Arab Emirates", ["munitions"], "asserts")]),
    ("BrahMos Aerospace is a joint venture. Its chief executive, Atul Dinkar Rane, told the journal that 21 Philippine "
     "marines had been trained on the system by Indian instructors.",
     [("BrahMos Aerospace", "India", "Philippines", ["technology"], "asserts")]),
    # the chief of a state's staff whose state the title does not name: the forces' owner, here the dateline's
    ("ABUJA — The Chief of Army Staff told the defence committee that the Army had received a third batch of VT-4 "
     "tanks from China.",
     [("Nigeria", "China", "Nigeria", ["munitions"], "asserts")]),
])
def test_session39_speakers(nlp, text, want):
    assert _rows_listed(nlp, text) == want


@pytest.mark.parametrize("text,want", [
    # session 39: a participle after the clause buys for its subject ("Nigeria has spent heavily, buying ...")
    ("Nigeria has expanded its fleet, buying three JF-17 fighters from Pakistan.",
     [("Test Outlet", "Pakistan", "Nigeria", ["munitions"], "asserts")]),
    # one claim per kit and the state it came from, however the parser hangs the list
    ("Nigeria has bought almost everything on the market in the past decade: Super Tucanos from the United States, "
     "JF-17 fighters from Pakistan, Wing Loong drones and VT-4 tanks from China, M-346 jets from Italy, attack "
     "helicopters from Russia and patrol ships from Turkey.",
     [("Test Outlet", "United States", "Nigeria", ["munitions"], "asserts"),
      ("Test Outlet", "Pakistan", "Nigeria", ["munitions"], "asserts"),
      ("Test Outlet", "China", "Nigeria", ["other", "munitions"], "asserts"),
      ("Test Outlet", "Italy", "Nigeria", ["munitions"], "asserts"),
      ("Test Outlet", "Russia", "Nigeria", ["munitions"], "asserts"),
      ("Test Outlet", "Turkey", "Nigeria", ["munitions"], "asserts")]),
])
def test_session39_purchases_listed(nlp, text, want):
    assert _rows_listed(nlp, text) == want


@pytest.mark.parametrize("text,want", [
    # session 39: a contract signed "for the sale of" kit: the signer sells to the party it signed with
    ("Saab has signed a contract with the Colombian Ministry of National Defence for the sale of 17 Gripen fighter "
     "aircraft.", [("Test Outlet", "Sweden", "Colombia", ["munitions"], "asserts")]),
    # "Reports in the Argentine press say ...": the press, as written
    ("Reports in the Argentine press say Denmark will also sell Argentina air-to-air missiles.",
     [("Argentine press", "Denmark", "Argentina", ["munitions"], "asserts")]),
])
def test_session39_sales_signed_and_press_reports(nlp, text, want):
    assert _rows_listed(nlp, text) == want


@pytest.mark.parametrize("text,want", [
    # session 39: kit a state has "on order from" another, or "took" from it, is received from it
    ("Qatar already has 24 Rafale fighters on order from France.",
     [("Test Outlet", "France", "Qatar", ["munitions"], "asserts")]),
    ("Oman took the last of 12 Typhoons and eight Hawks from Britain in 2018.",
     [("Test Outlet", "United Kingdom", "Oman", ["munitions"], "asserts")]),
])
def test_session39_kit_on_order_or_taken(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session39_according_to_an_owners_publications(nlp):
    # session 39: "according to the Nigerian military's own publications": the owner named on the papers
    rows = _rows_listed(nlp, "Nigeria took delivery of VT-4 main battle tanks from China in 2020, according to the "
                             "Nigerian military's own publications.")
    assert rows == [("Nigeria", "China", "Nigeria", ["munitions"], "asserts")]


def test_session39_equipment_in_exchange_is_like_for_like(nlp):
    # session 39: "in exchange for new American equipment": the equipment given back is of the kind handed over
    rows = _rows_listed(nlp, "President Daniel Noboa said Ecuador would hand over Russian-made equipment to the United "
                             "States in exchange for new American equipment.")
    assert rows == [("Ecuador", "Ecuador", "United States", ["munitions"], "asserts"),
                    ("Ecuador", "United States", "Ecuador", ["munitions"], "asserts")]


def test_session39_sale_notice_formulas_are_no_claims(nlp):
    # session 39: a US sale notice's formulas after its first sentence repeat the sale it announced
    rows = _rows_listed(nlp, "The State Department has approved a possible Foreign Military Sale to the Government of "
                             "Nigeria of twelve AH-1Z attack helicopters. The proposed sale will improve Nigeria's "
                             "capability to meet current and future threats.")
    assert [(r[1], r[2]) for r in rows] == [("United States", "Nigeria")]


@pytest.mark.parametrize("text,want", [
    # session 40: places in Mozambique's north stand for Mozambique as where troops and kit go
    ("Rwanda sent its first 1,000 troops to Cabo Delgado in July 2021.",
     [("Test Outlet", "Rwanda", "Mozambique", ["troops"], "asserts")]),
    ("Two cargo aircraft carrying Rwandan troops landed at Nacala on Friday.",
     [("Test Outlet", "Rwanda", "Mozambique", ["troops"], "asserts")]),
    # the Polisario Front under its Spanish name, as UN reports write it
    ("The Frente POLISARIO continued to receive weapons from Algeria, the Moroccan ambassador said.",
     [("Morocco", "Algeria", "Polisario Front", ["munitions"], "asserts")]),
])
def test_session40_gazetteer_places_and_names(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session40_the_army_of_the_ministry_that_speaks(nlp):
    # session 40: "the army" in what a state's ministry says is that state's, not the state named most before
    rows = _rows_listed(nlp, "Russian-language channels said NATO had sent tanks to Moldova. Russia repeated it. "
                             "Moldova's defence ministry told reporters that the army has received no tanks from any "
                             "foreign country.")
    assert ("Moldova", "NATO", "Moldova", ["munitions"], "denies") in rows


@pytest.mark.parametrize("text,want", [
    # session 40: a purchase listing each kit with its maker's demonym is one claim per maker, however it is parsed
    ("Morocco has bought American F-16s, French Caesar howitzers and Turkish Bayraktar drones.",
     [("Test Outlet", "United States", "Morocco", ["munitions"], "asserts"),
      ("Test Outlet", "France", "Morocco", ["munitions"], "asserts"),
      ("Test Outlet", "Turkey", "Morocco", ["other"], "asserts")]),
    ("The Chadian army received Turkish Anka drones and Emirati armoured vehicles last year.",
     [("Test Outlet", "Turkey", "Chad", ["other"], "asserts"),
      ("Test Outlet", "United Arab Emirates", "Chad", ["munitions"], "asserts")]),
    # the list ends where the next clause begins: "and Russian instructors arrived" is a transfer of its own
    ("Niger received Russian instructors and an air-defence system in April, and American diplomats protested.",
     [("Test Outlet", "Russia", "Niger", ["technology", "munitions"], "asserts")]),
])
def test_session40_kit_listed_with_makers(nlp, text, want):
    assert _rows_listed(nlp, text) == want


@pytest.mark.parametrize("text,want", [
    # session 40: troops a state keeps or maintains abroad were sent there, as those it "has" there; "had no
    # military personnel in" denies it
    ("Russia keeps about 1,500 troops in Transnistria, including a few hundred peacekeepers.",
     [("Test Outlet", "Russia", "Transnistria", ["troops"], "asserts")]),
    ("Kremlin spokesman Dmitry Peskov said Russia had no military personnel in Mozambique.",
     [("Russia", "Russia", "Mozambique", ["troops"], "denies")]),
])
def test_session40_troops_kept_abroad(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session40_an_interviewed_representative_speaks_for_the_front(nlp):
    # session 40: a person who "has represented" an armed movement speaks for it under his label; "them" in his
    # answer is not the movement that said "we"
    text = ("Brahim Salem Lahbib has represented the Polisario Front in Spain since 2019.\n\n"
            "HERALD: What changes for you?\n\n"
            "LAHBIB: Navantia delivered a patrol ship to the Moroccan navy last year.\n\n"
            "HERALD: Morocco says you receive weapons from Iran.\n\n"
            "LAHBIB: We have never received a single weapon from Iran.\n\n"
            "HERALD: And France?\n\n"
            "LAHBIB: France sold them Caesar guns and a frigate.")
    rows = _rows_listed(nlp, text)
    assert ("Polisario Front", "Iran", "Polisario Front", ["munitions"], "denies") in rows
    assert ("Polisario Front", "France", "Morocco", ["munitions"], "asserts") in rows


def test_session40_mr_surname_and_the_head_of_an_agency(nlp):
    # session 40: "Mr Mkhize said", the surname the tagger left unnamed after "Mr S. Mkhize", is that person; led
    # by him, a state's agency (the NCACC) makes him speak for South Africa
    text = ("The Chairperson welcomed officials of the secretariat of the National Conventional Arms Control "
            "Committee (NCACC), led by Mr S. Mkhize.\n\n"
            "Mr Mkhize said South Africa had exported 30 armoured personnel carriers to Zambia.")
    assert _rows_listed(nlp, text, "Parliamentary Monitor SA") == [
        ("South Africa", "South Africa", "Zambia", ["munitions"], "asserts")]
    rows = _rows_listed(nlp, "Mr Marais asked a question. Mr Mkhize said South Africa had sold armoured vehicles to "
                             "Zambia.", "Parliamentary Monitor SA")
    assert [r[0] for r in rows] == ["Mkhize"]


@pytest.mark.parametrize("text,want", [
    # session 40: private military contractors arriving are troops of the state their nationality names; residents
    # of a place are described by it ("where they live is who they are")
    ("Russian military contractors have arrived in Mozambique, according to residents of Mueda.",
     [("residents of Mueda", "Russia", "Mozambique", ["troops"], "asserts")]),
])
def test_session40_contractors_and_residents(nlp, text, want):
    assert _rows_listed(nlp, text) == want


def test_session40_a_while_clause_and_a_union_beside_a_state(nlp):
    # session 40: "..., while X assures its citizens that ...": a contrast that says its own content is not the speech
    # tag of the transfer; a union and a state named together both supply
    rows = _rows_listed(nlp, "Brussels and Washington are methodically supplying Chisinau with weapons, while the "
                             "Moldovan leadership assures its citizens that the republic remains neutral.")
    assert rows == [("Test Outlet", "European Union", "Moldova", ["munitions"], "asserts"),
                    ("Test Outlet", "United States", "Moldova", ["munitions"], "asserts")]
    # (but "the United States and its NATO allies" names allies, not the alliance)
    rows = _rows_listed(nlp, "The tanks had been supplied to Ukraine by the United States and its NATO allies.")
    assert [(r[1], r[2]) for r in rows] == [("United States", "Ukraine")]


def test_session40_the_transnistrian_region(nlp):
    # session 40: "the Transnistrian region" is Transnistria, not the Moldova it lies in
    rows = _rows_listed(nlp, "As for the fabrications spread by Kyiv about Russia preparing to arm the Transnistrian "
                             "region, these are lies, the ministry said.")
    assert [(r[1], r[2]) for r in rows] == [("Russia", "Transnistria")]


def test_session40_algerias_army_and_its_magazine(nlp):
    # session 40: the National People's Army and the defence ministry's magazine El Djeich speak for Algeria
    rows = _rows_listed(nlp, "The National People's Army took delivery this year of new Su-30MKA fighters ordered "
                             "from Russia, the defence ministry's magazine El Djeich reported.")
    assert rows == [("Algeria", "Russia", "Algeria", ["munitions"], "asserts")]


@pytest.mark.parametrize("text,publisher,want", [
    # session 41: the Peshmerga are the Kurdistan Regional Government's forces and receive and speak for it, as a
    # state's army does for its state; so does its Ministry of Peshmerga Affairs, on its own page too
    ("A German defence ministry spokesman said the first consignment of German weapons for Kurdish Peshmerga forces "
     "landed at Erbil airport on Thursday.", "Test Outlet",
     [("Germany", "Germany", "Kurdistan Regional Government", ["munitions"], "asserts")]),
    ("The Peshmerga said they had received mortars from Iran in August.", "Test Outlet",
     [("Kurdistan Regional Government", "Iran", "Kurdistan Regional Government", ["munitions"], "asserts")]),
    ("The United Kingdom has provided heavy machine guns to the Peshmerga.", "Ministry of Peshmerga Affairs",
     [("Kurdistan Regional Government", "United Kingdom", "Kurdistan Regional Government", ["munitions"], "asserts")]),
])
def test_session41_the_peshmerga_are_the_kurdistan_regional_governments(nlp, text, publisher, want):
    assert _rows_listed(nlp, text, publisher) == want


@pytest.mark.parametrize("text,publisher,want", [
    # session 41: "The Ministry ..." on a ministry's own page is that ministry, not the state its sentence names
    ("The Ministry recalls that the Islamic Republic of Iran was the first country to send ammunition to the Peshmerga "
     "in August 2014.", "Ministry of Peshmerga Affairs",
     [("Kurdistan Regional Government", "Iran", "Kurdistan Regional Government", ["munitions"], "asserts")]),
    ("The Ministry confirms that the Islamic Republic of Iran has sent drones to Russia.",
     "Ministry of Foreign Affairs of Ukraine", [("Ukraine", "Iran", "Russia", ["other"], "asserts")]),
    # (even after another state's ministry was named)
    ("The Council signed an agreement with the Israeli Ministry of Defense. The Ministry recalls that Greece received "
     "the last of its 24 Rafale fighter aircraft from France in January 2024.", "Hellenic Ministry of National Defence",
     [("Greece", "France", "Greece", ["munitions"], "asserts")]),
])
def test_session41_the_ministry_on_its_own_page(nlp, text, publisher, want):
    assert _rows_listed(nlp, text, publisher) == want


@pytest.mark.parametrize("text,publisher,want", [
    # session 41: a U.S. defence office's own page, its branch in parentheses, speaks for the United States; the
    # coalition's task force against the Islamic State and the Pentagon's inspector general are U.S. bodies
    ("With those funds the Department has delivered small arms and ammunition to Iraqi army brigades.",
     "Office of the Under Secretary of Defense (Comptroller)",
     [("United States", "United States", "Iraq", ["munitions"], "asserts")]),
    ("CJTF-OIR also reported that it provided heavy machine guns and mortars to the Iraqi army.", "Test Outlet",
     [("United States", "United States", "Iraq", ["munitions"], "asserts")]),
])
def test_session41_us_defence_offices(nlp, text, publisher, want):
    assert _rows_listed(nlp, text, publisher) == want


def test_session41_a_member_and_her_party_inline(nlp):
    # session 41: a committee record's "NAME (PARTY): ..." speaks for the party; a known minister in capitals
    # ("NIKOS DENDIAS (Minister of National Defence):") for his state, as in title case
    text = ("Committee on Armament Programmes: the minister's briefing\n\n"
            "NIKOS DENDIAS (Minister of National Defence): Colleagues, the United States has approved the sale of 20 "
            "F-35 aircraft to Greece.\n\n"
            "GIORGOS ANTONIOU (PASOK): Turkey is acquiring 40 new F-16s and modernisation kits from the United States.\n\n"
            "Ishida Haruka (Constitutional Democratic Party): Japan has sent Patriot missiles to the United States.")
    assert [(r[0], r[1], r[2]) for r in _rows_listed(nlp, text, "Syntagma Record")] == [
        ("Greece", "United States", "Greece"), ("PASOK", "United States", "Turkey"),
        ("Constitutional Democratic Party", "Japan", "United States")]


def test_session41_the_national_guard_of_the_story(nlp):
    # session 41: "the National Guard", which the tagger takes for a name, is the story's state's, as "the army" is
    rows = _rows_listed(nlp, "NICOSIA — The government denied the report. The National Guard received its first "
                             "Mistral 3 air defence missiles from France last year, the defence ministry said.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("Cyprus", "France", "Cyprus")]


@pytest.mark.parametrize("text,want", [
    # session 41: Turkish usage names the Republic of Cyprus "the Greek Cypriot Administration"; Northern Cyprus and
    # "Turkish Cypriot" are their own party
    ("We have also not forgotten that the Greek Cypriot Administration purchased S-300 missiles from Russia in 1997.",
     [("Russia", "Cyprus")]),
    ("Ankara sent drones to the Turkish Cypriot authorities last year, officials said.", [("Turkey", "Northern Cyprus")]),
])
def test_session41_cyprus_in_turkish_usage(nlp, text, want):
    assert [(r[1], r[2]) for r in _rows_listed(nlp, text, "Ankara Dispatch")] == want


def test_session41_personnel_carriers_are_vehicles(nlp):
    # session 41: "Senator personnel carriers" are armoured vehicles, not troops
    rows = _rows_listed(nlp, "Canada had promised Ukraine hundreds of Senator personnel carriers, officials said.")
    assert [(r[1], r[2], r[3]) for r in rows] == [("Canada", "Ukraine", ["munitions"])]


def test_session41_an_anonymous_source_without_its_relative_clause(nlp):
    # session 41: "officials at the ministry who asked not to be named": the phrase ends at the relative pronoun
    rows = _rows_listed(nlp, "Israeli companies have supplied coastal radars to Cyprus, according to officials at the "
                             "ministry who asked not to be named.")
    assert [r[0] for r in rows] == ["officials at the ministry"]


def test_session41_an_organisations_national_section(nlp):
    # session 41: "Amnesty International Canada" is the organisation's national section, not Canada
    rows = _rows_listed(nlp, "Amnesty International Canada said the decision meant Ottawa would keep arming Saudi Arabia.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("Amnesty International Canada", "Canada", "Saudi Arabia")]


def test_session41_training_provided_to_a_state(nlp):
    # session 41: training provided to someone is technology, as training received from someone is
    rows = _rows_listed(nlp, "The United States has provided training to the Cypriot National Guard, officials said.")
    assert [(r[1], r[2], r[3]) for r in rows] == [("United States", "Cyprus", ["technology"])]


@pytest.mark.parametrize("text,publisher,want", [
    # session 42: a state's forces or police by a name the gazetteer does not know, the state's name tagged alone
    ("Australia gave the Papua New Guinea Defence Force four Bushmaster vehicles.", "Pacific Wire",
     [("Pacific Wire", "Australia", "Papua New Guinea", ["munitions"], "asserts")]),
    ("The United States delivered night-vision goggles to the Vanuatu Police Force.", "Pacific Wire",
     [("Pacific Wire", "United States", "Vanuatu", ["munitions"], "asserts")]),
    ("Turkey delivered two patrol boats to the Kenya Navy.", "Pacific Wire",
     [("Pacific Wire", "Turkey", "Kenya", ["munitions"], "asserts")]),
    # (not a name with other words: a unit named for a place is no state's by that)
    ("Russia sent drones to the Donbas People's Militia Force.", "Pacific Wire", []),
])
def test_session42_a_states_forces_by_name(nlp, text, publisher, want):
    assert _rows_listed(nlp, text, publisher) == want


@pytest.mark.parametrize("text,publisher,want", [
    # session 42: a patrol boat's name, its prefix after the words of its class, is cargo, not the party that gets it
    ("Australia today handed over the Guardian-class Patrol Boat RSIPV Gizo to Solomon Islands.", "Pacific Wire",
     [("Pacific Wire", "Australia", "Solomon Islands", ["munitions"], "asserts")]),
    ("Australia handed over the Guardian-class patrol boat VOEA Ngahau Koula to Tonga.", "Pacific Wire",
     [("Pacific Wire", "Australia", "Tonga", ["munitions"], "asserts")]),
])
def test_session42_a_patrol_boats_name_is_cargo(nlp, text, publisher, want):
    assert _rows_listed(nlp, text, publisher) == want


@pytest.mark.parametrize("text,publisher,want", [
    # session 42: the arms makers of Switzerland, Austria, Bulgaria and Romania ship for their states; officials speak
    ("Ruag sold hand grenades to the United Arab Emirates in 2003.", "Alpine Wire",
     [("Alpine Wire", "Switzerland", "United Arab Emirates", ["munitions"], "asserts")]),
    ("Steyr Mannlicher sold 800 sniper rifles to Iran in 2005.", "Alpine Wire",
     [("Alpine Wire", "Austria", "Iran", ["munitions"], "asserts")]),
    ("Amherd said Switzerland had sold 25 Leopard 2A4 tanks to Germany.", "Alpine Wire",
     [("Switzerland", "Switzerland", "Germany", ["munitions"], "asserts")]),
    ("Sogavare said Australia had delivered 60 rifles to Solomon Islands.", "Pacific Wire",
     [("Solomon Islands", "Australia", "Solomon Islands", ["munitions"], "asserts")]),
])
def test_session42_makers_and_officials(nlp, text, publisher, want):
    assert _rows_listed(nlp, text, publisher) == want


@pytest.mark.parametrize("text,publisher,want", [
    # session 42: an interview's "A:" speaks for the body its introduction says the interviewee runs or serves
    ("INTERVIEW\n\nMihai Enache has run Romarm, Romania's state-owned arms group, since 2023. He spoke to us in "
     "Bucharest.\n\nQ: Where did you export last year?\n\nA: We shipped rifle ammunition to Poland under government "
     "contracts.", "Capital Industry Weekly",
     [("Romarm", "Romania", "Poland", ["munitions"], "asserts")]),
    ("We spoke to Markus Vogt, managing director of the Swiss Defence Industry Group, an association of suppliers.\n\n"
     "Q: Has Swiss industry lost business?\n\nA: Qatar received air defence systems and ammunition from Switzerland "
     "before the World Cup.", "Zurich Business Review",
     [("Swiss Defence Industry Group", "Switzerland", "Qatar", ["munitions"], "asserts")]),
])
def test_session42_an_interviews_answers(nlp, text, publisher, want):
    assert _rows_listed(nlp, text, publisher) == want


@pytest.mark.parametrize("text,publisher,want", [
    # session 42: war material and military goods are arms
    ("Switzerland exported war material to Russia in 2013.", "Alpine Wire",
     [("Alpine Wire", "Switzerland", "Russia", ["munitions"], "asserts")]),
    ("Canada exported military goods to Israel in 2022.", "Alpine Wire",
     [("Alpine Wire", "Canada", "Israel", ["munitions"], "asserts")]),
    # exports that reach a sum reach no place
    ("Switzerland's war-material exports reached 742.8 million Swiss francs in 2021, with Germany among the main "
     "buyers.", "Alpine Wire", [("Alpine Wire", "Switzerland", "Germany", ["munitions"], "asserts")]),
    # a request a government turned down is no transfer; one it approved is
    ("SECO rejected requests from Germany, Denmark and Spain to pass on Swiss war material to Ukraine.", "Alpine Wire", []),
    ("Brazil has turned down German requests to sell tank ammunition to Ukraine.", "Alpine Wire", []),
    ("The committee approved Moscow's request to donate rifles to the Central African Republic.", "Alpine Wire",
     [("Alpine Wire", "Russia", "Central African Republic", ["munitions"], "asserts")]),
    # a government body's page named with its acronym after it speaks for its state
    ("Switzerland approved the export of ammunition to Qatar.", "State Secretariat for Economic Affairs SECO",
     [("Switzerland", "Switzerland", "Qatar", ["munitions"], "asserts")]),
])
def test_session42_war_material_sums_and_requests(nlp, text, publisher, want):
    assert _rows_listed(nlp, text, publisher) == want


@pytest.mark.parametrize("text,publisher,want", [
    # session 42: a ranking of arms buyers lists each buyer of the ranked exporter; a ranking of other goods lists none
    ("Germany, Denmark and the United States have been the largest buyers of Swiss war material in most recent years.",
     "Alpine Wire", [("Alpine Wire", "Switzerland", "Germany", ["munitions"], "asserts"),
                     ("Alpine Wire", "Switzerland", "Denmark", ["munitions"], "asserts"),
                     ("Alpine Wire", "Switzerland", "United States", ["munitions"], "asserts")]),
    ("The main buyers of Egyptian arms remained Libya and Sudan.", "Alpine Wire",
     [("Alpine Wire", "Egypt", "Libya", ["munitions"], "asserts"), ("Alpine Wire", "Egypt", "Sudan", ["munitions"], "asserts")]),
    ("China and India were the largest buyers of Russian oil.", "Alpine Wire", []),
    ("Algeria is Russia's third-largest arms customer.", "Alpine Wire",
     [("Alpine Wire", "Russia", "Algeria", ["munitions"], "asserts")]),
])
def test_session42_ranked_buyers(nlp, text, publisher, want):
    assert _rows_listed(nlp, text, publisher) == want


@pytest.mark.parametrize("text,publisher,want", [
    # session 42: a court line naming a city's court ("Sofia City Court") places the prosecutors in its state
    ("Case: Prosecutor's Office v. Sergeev\n\nCourt: Sofia City Court, Criminal Division.\n\nProsecutors said in 2021 "
     "that EMCO had sold ammunition to buyers in Georgia.", "Lex Balkanica Digest",
     [("Bulgaria", "Bulgaria", "Georgia", ["munitions"], "asserts")]),
])
def test_session42_a_city_court(nlp, text, publisher, want):
    assert _rows_listed(nlp, text, publisher) == want


@pytest.mark.parametrize("text,publisher,want", [
    # session 42: "Mr WEBBER:" in Australia's Senate Estimates, listed among the officers present with a government
    # title, speaks for Australia
    ("Senate Foreign Affairs, Defence and Trade Legislation Committee\n\nEstimates, Thursday 16 February 2023\n\n"
     "Senators present: Senator Drake (Liberal). Officers present: Mr Andrew Webber, First Assistant Secretary, Pacific "
     "Division, Department of Foreign Affairs and Trade.\n\nSenator DRAKE: How many rifles were provided?\n\n"
     "Mr WEBBER: In December, Australia provided 60 semi-automatic rifles to Solomon Islands.", "Capital Hill Transcripts",
     [("Australia", "Australia", "Solomon Islands", ["munitions"], "asserts")]),
])
def test_session42_an_officer_listed_present(nlp, text, publisher, want):
    assert _rows_listed(nlp, text, publisher) == want


def test_session42_a_stance_prefix_is_no_speaker(nlp):
    # session 42: "pro-" and "Russian" in "a pro-Russian account" name no speaker (the claimant was "pro-")
    rows = _rows_listed(nlp, "The post, published by a pro-Russian account with about 80,000 followers, says that "
                             "Austria has secretly sent Pandur armoured vehicles to Kyiv.", "Alpine FactLab")
    assert [r[1:] for r in rows] == [("Austria", "Ukraine", ["munitions"], "asserts")]
    assert rows[0][0] not in {"pro-", "Russia"}
