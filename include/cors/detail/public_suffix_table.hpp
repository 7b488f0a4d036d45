// GENERATED FILE - DO NOT EDIT.
//
// Public Suffix List table for cors::detail::is_public_suffix()
// (see public_suffix.hpp).
//
// Source file : /usr/share/publicsuffix/public_suffix_list.dat
// Source note : Debian publicsuffix 20230209.2326-1 (PSL snapshot 2023-02-09)
// Source version/date: (no VERSION/COMMIT/DATE line in the file header)
// Source size : 245996 bytes, sha256 87d2e11f3602b504fc5dbea9218429a4ce3c0f62aa6ce7a1371024add024baed
// The PSL is (c) Mozilla Foundation and contributors, MPL-2.0:
// https://publicsuffix.org/list/public_suffix_list.dat
//
// Rules read  : 9506 (ICANN 7380, PRIVATE 2126); 0 outside both sections ignored
// Unicode rules converted to A-labels (punycode): 466
// Skipped (conversion/validation failures): 0
// Duplicates after normalisation: 0
// Emitted     : 9391 plain, 107 wildcard (*.x, stored as x), 8 exception (!y.x, stored as y.x)
// Packed text : 100269 bytes in 2 chunk(s) (107454 bytes before substring sharing)
//
// Regenerate (from the repository root, Debian package `publicsuffix` installed):
//   python3 tools/gen_public_suffix.py /usr/share/publicsuffix/public_suffix_list.dat -o include/cors/detail/public_suffix_table.hpp --source-note 'Debian publicsuffix 20230209.2326-1 (PSL snapshot 2023-02-09)'
//
// Representation: every rule is one std::uint32_t
//   (chunk index << 24) | (byte offset in chunk << 8) | length
// pointing into one of the psl_chunk_* string literals. The three psl_* arrays are
// sorted by std::string_view::compare order, for binary search.

#pragma once

#include <cstddef>
#include <cstdint>

namespace cors { inline namespace v1 { namespace detail {

inline constexpr char psl_chunk_0[] =
    "webview-assets.cloud9.ap-northeast-1.amazonaws.comwebview-assets.cloud9.ap-northeast-2.amazonaws.com"
    "webview-assets.cloud9.ap-northeast-3.amazonaws.comwebview-assets.cloud9.ap-southeast-1.amazonaws.com"
    "webview-assets.cloud9.ap-southeast-2.amazonaws.comwebview-assets.cloud9.ca-central-1.amazonaws.com"
    "webview-assets.cloud9.eu-central-1.amazonaws.comwebview-assets.cloud9.af-south-1.amazonaws.com"
    "webview-assets.cloud9.ap-south-1.amazonaws.comwebview-assets.cloud9.eu-north-1.amazonaws.com"
    "webview-assets.cloud9.eu-south-1.amazonaws.comwebview-assets.cloud9.me-south-1.amazonaws.com"
    "webview-assets.cloud9.ap-east-1.amazonaws.comwebview-assets.cloud9.eu-west-1.amazonaws.com"
    "webview-assets.cloud9.eu-west-2.amazonaws.comwebview-assets.cloud9.eu-west-3.amazonaws.com"
    "webview-assets.cloud9.sa-east-1.amazonaws.comwebview-assets.cloud9.us-east-1.amazonaws.com"
    "webview-assets.cloud9.us-east-2.amazonaws.comwebview-assets.cloud9.us-west-1.amazonaws.com"
    "webview-assets.cloud9.us-west-2.amazonaws.comxn--correios-e-telecomunicaes-ghc29a.museum"
    "s3.dualstack.ap-northeast-1.amazonaws.coms3.dualstack.ap-northeast-2.amazonaws.com"
    "s3.dualstack.ap-southeast-1.amazonaws.coms3.dualstack.ap-southeast-2.amazonaws.com"
    "s3-website-ap-northeast-1.amazonaws.coms3-website-ap-southeast-1.amazonaws.com"
    "s3-website-ap-southeast-2.amazonaws.coms3-website.ap-northeast-2.amazonaws.com"
    "s3.dualstack.ca-central-1.amazonaws.coms3.dualstack.eu-central-1.amazonaws.com"
    "vfs.cloud9.ap-northeast-1.amazonaws.comvfs.cloud9.ap-northeast-2.amazonaws.com"
    "vfs.cloud9.ap-northeast-3.amazonaws.comvfs.cloud9.ap-southeast-1.amazonaws.com"
    "vfs.cloud9.ap-southeast-2.amazonaws.comxn--hery-ira.xn--mre-og-romsdal-qqb.no"
    "s3-website.ca-central-1.amazonaws.coms3-website.eu-central-1.amazonaws.com"
    "s3.dualstack.ap-south-1.amazonaws.comvfs.cloud9.ca-central-1.amazonaws.com"
    "vfs.cloud9.eu-central-1.amazonaws.coms3.dualstack.eu-west-1.amazonaws.com"
    "s3.dualstack.eu-west-2.amazonaws.coms3.dualstack.eu-west-3.amazonaws.com"
    "s3.dualstack.sa-east-1.amazonaws.coms3.dualstack.us-east-1.amazonaws.com"
    "s3.dualstack.us-east-2.amazonaws.comap-northeast-1.elasticbeanstalk.com"
    "ap-northeast-2.elasticbeanstalk.comap-northeast-3.elasticbeanstalk.com"
    "ap-southeast-1.elasticbeanstalk.comap-southeast-2.elasticbeanstalk.com"
    "posts-and-telecommunications.museums3-fips-us-gov-west-1.amazonaws.com"
    "s3-website.ap-south-1.amazonaws.comvfs.cloud9.af-south-1.amazonaws.com"
    "vfs.cloud9.ap-south-1.amazonaws.comvfs.cloud9.eu-north-1.amazonaws.com"
    "vfs.cloud9.eu-south-1.amazonaws.comvfs.cloud9.me-south-1.amazonaws.com"
    "chirurgiens-dentistes-en-france.frcn-northwest-1.eb.amazonaws.com.cn"
    "s3-website-eu-west-1.amazonaws.coms3-website-sa-east-1.amazonaws.com"
    "s3-website-us-east-1.amazonaws.coms3-website-us-west-1.amazonaws.com"
    "s3-website-us-west-2.amazonaws.coms3-website.eu-west-2.amazonaws.com"
    "s3-website.eu-west-3.amazonaws.coms3-website.us-east-2.amazonaws.com"
    "us-gov-west-1.elasticbeanstalk.comvfs.cloud9.ap-east-1.amazonaws.com"
    "vfs.cloud9.eu-west-1.amazonaws.comvfs.cloud9.eu-west-2.amazonaws.com"
    "vfs.cloud9.eu-west-3.amazonaws.comvfs.cloud9.sa-east-1.amazonaws.com"
    "vfs.cloud9.us-east-1.amazonaws.comvfs.cloud9.us-east-2.amazonaws.com"
    "vfs.cloud9.us-west-1.amazonaws.comvfs.cloud9.us-west-2.amazonaws.com"
    "ca-central-1.elasticbeanstalk.comeu-central-1.elasticbeanstalk.comenvironmentalconservation.museum"
    "static.observableusercontent.comap-south-1.elasticbeanstalk.coms3-ap-northeast-1.amazonaws.com"
    "s3-ap-northeast-2.amazonaws.coms3-ap-southeast-1.amazonaws.coms3-ap-southeast-2.amazonaws.com"
    "s3.ap-northeast-2.amazonaws.comsande.xn--mre-og-romsdal-qqb.nousers.scale.virtualcloud.com.br"
    "cn-north-1.eb.amazonaws.com.cneu-west-1.elasticbeanstalk.comeu-west-2.elasticbeanstalk.com"
    "eu-west-3.elasticbeanstalk.comfunctions.fnc.fr-par.scw.cloudit1.eur.aruba.jenv-aruba.cloud"
    "s3-us-gov-west-1.amazonaws.coms3.cn-north-1.amazonaws.com.cnsa-east-1.elasticbeanstalk.com"
    "us-east-1.elasticbeanstalk.comus-east-2.elasticbeanstalk.comus-west-1.elasticbeanstalk.com"
    "us-west-2.elasticbeanstalk.comwesteurope.azurestaticapps.netxn--vler-qoa.xn--stfold-9xa.no"
    "centralus.azurestaticapps.nethigashihiroshima.hiroshima.jps3-ca-central-1.amazonaws.com"
    "s3-eu-central-1.amazonaws.coms3.ca-central-1.amazonaws.coms3.eu-central-1.amazonaws.com"
    "app.os.stg.fedoraproject.orgeastasia.azurestaticapps.netfr-par-1.baremetal.scw.cloud"
    "fr-par-2.baremetal.scw.cloudfujikawaguchiko.yamanashi.jpjcloud-ver-jpc.ik-server.com"
    "nl-ams-1.baremetal.scw.cloudnordeste-idc.saveincloud.netprivatizehealthinsurance.net"
    "reservd.testing.thingdust.ioxn--trentino-sd-tirol-c3b.itaccident-investigation.aero"
    "cloud.interhostsolutions.becolonialwilliamsburg.museumeastus2.azurestaticapps.net"
    "higashimatsushima.miyagi.jphigashimatsuyama.saitama.jpichikawamisato.yamanashi.jp"
    "naturalhistorymuseum.museumpaas.hosted-by-previder.comreservd.disrec.thingdust.io"
    "s3-ap-south-1.amazonaws.coms3-external-1.amazonaws.coms3-website.fr-par.scw.cloud"
    "s3-website.nl-ams.scw.clouds3-website.pl-waw.scw.clouds3.ap-south-1.amazonaws.com"
    "ssl.origin.cdn77-secure.orgwestus2.azurestaticapps.netxn--12co0c3b4eva.xn--o3cw4h"
    "xn--comunicaes-v6a2o.museumxn--trentin-sd-tirol-rzb.itxn--trentino-sdtirol-szb.it"
    "xn--trentinosd-tirol-rzb.itaizuwakamatsu.fukushima.jpcdn.prod.atlassian-dev.net"
    "cloud.jelastic.open.tim.itcustomer.mythic-beasts.comfentiger.mythic-beasts.com"
    "higashichichibu.saitama.jplon-1.paas.massivegrid.netlon-2.paas.massivegrid.net"
    "medizinhistorisches.museumminamiashigara.kanagawa.jpnatuurwetenschappen.museum"
    "nodes.k8s.fr-par.scw.cloudnodes.k8s.nl-ams.scw.cloudnodes.k8s.pl-waw.scw.cloud"
    "osakikamijima.hiroshima.jppassenger-association.aeros3-eu-west-1.amazonaws.com"
    "s3-eu-west-2.amazonaws.coms3-eu-west-3.amazonaws.coms3-sa-east-1.amazonaws.com"
    "s3-us-east-2.amazonaws.coms3-us-west-1.amazonaws.coms3-us-west-2.amazonaws.com"
    "s3.eu-west-2.amazonaws.coms3.eu-west-3.amazonaws.coms3.us-east-2.amazonaws.com"
    "satsumasendai.kagoshima.jpxn--12cfi8ixb8l.xn--o3cw4hxn--4dbgdty6c.xn--4dbrk0ce"
    "xn--gnstigbestellen-zvb.dexn--trentin-sdtirol-7vb.itxn--trentinosdtirol-7vb.it"
    "xn--trentinsd-tirol-6vb.itatl.jelastic.vps-host.netbarrell-of-knowledge.info"
    "caracal.mythic-beasts.comcust.testing.thingdust.iofr-1.paas.massivegrid.netharvestcelebration.museum"
    "higashikagura.hokkaido.jphigashisumiyoshi.osaka.jpindependent-commission.ukis-a-financialadvisor.com"
    "jinsekikogen.hiroshima.jpkitahiroshima.hokkaido.jpkitanakagusuku.okinawa.jpkitashiobara.fukushima.jp"
    "komatsushima.tokushima.jpnachikatsuura.wakayama.jpnishikatsura.yamanashi.jpnishinoomote.kagoshima.jp"
    "njs.jelastic.vps-host.netny-1.paas.massivegrid.netny-2.paas.massivegrid.netoncilla.mythic-beasts.com"
    "privatelink.snowflake.appric.jelastic.vps-host.netscienceandindustry.museumsciencesnaturelles.museum"
    "sg-1.paas.massivegrid.netxn--balsan-sdtirol-nsb.itxn--bulsan-sdtirol-nsb.itxn--stjrdalshalsen-sqb.no"
    "xn--trentinsdtirol-nsb.itaccident-prevention.aeroair-traffic-control.aeroakamaiorigin-staging.net"
    "andria-barletta-trani.itandria-trani-barletta.itapp.os.fedoraproject.orgawsglobalaccelerator.com"
    "backyards.banzaicloud.iobarletta-trani-andria.itbarrel-of-knowledge.infochirurgiens-dentistes.fr"
    "compute.amazonaws.com.cncust.disrec.thingdust.iocustomer.speedpartner.defriuli-venezia-giulia.it"
    "fujiyoshida.yamanashi.jphamatonbetsu.hokkaido.jphatsukaichi.hiroshima.jpheroy.more-og-romsdal.no"
    "higashiagatsuma.gunma.jphigashimurayama.tokyo.jphigashishirakawa.gifu.jphigashiyodogawa.osaka.jp"
    "historicalsociety.museumip.linodeusercontent.comis-a-personaltrainer.comjelastic.regruhosting.ru"
    "jelastic.saveincloud.netkamisunagawa.hokkaido.jpkuromatsunai.hokkaido.jplondon.cloudapps.digital"
    "minami-alps.yamanashi.jpminamifurano.hokkaido.jpminamiyamashiro.kyoto.jpmonza-e-della-brianza.it"
    "musashimurayama.tokyo.jpnakasatsunai.hokkaido.jpnakatombetsu.hokkaido.jpnaturhistorisches.museum"
    "ocelot.mythic-beasts.compages.it.hs-heilbronn.depriv.instances.scw.cloudrag-cloud-ch.hosteur.com"
    "reservd.dev.thingdust.iosande.more-og-romsdal.noscienceandhistory.museumshimonoseki.yamaguchi.jp"
    "shinkamigoto.nagasaki.jpshinshinotsu.hokkaido.jpshinyoshitomi.fukuoka.jpsphinx.mythic-beasts.com"
    "telekommunikation.museumtrani-andria-barletta.ittrani-barletta-andria.itxn--12c1fe0br.xn--o3cw4h"
    "xn--5dbhl8d.xn--4dbrk0cexn--80aaa0cvac.xn--p1acfxn--aurskog-hland-jnb.noxn--bozen-sdtirol-2ob.it"
    "xn--gnstigliefern-wob.dexn--h3cuzk1di.xn--o3cw4hxn--hebda8b.xn--4dbrk0cexn--hery-ira.nordland.no"
    "xn--nmesjevuemie-tcba.noxn--valle-d-aoste-ehb.itxn--vermgensberatung-pwbyokoshibahikari.chiba.jp"
    "aizumisato.fukushima.jpamericanantiques.museumappspaceusercontent.combrandywinevalley.museum"
    "chihayaakasaka.osaka.jpchippubetsu.hokkaido.jpcloud.fedoraproject.orgcompute-1.amazonaws.com"
    "devices.resinstaging.iofriuli-veneziagiulia.itfriulivenezia-giulia.ithigashiizumo.shimane.jp"
    "higashikagawa.kagawa.jphigashikawa.hokkaido.jphistoryofscience.museumhitachiomiya.ibaraki.jp"
    "inawashiro.fukushima.jpinstance.datadetect.comkagamiishi.fukushima.jpkamiamakusa.kumamoto.jp"
    "kamishihoro.hokkaido.jpkisofukushima.nagano.jpmakurazaki.kagoshima.jpmatsushige.tokushima.jp"
    "minamioguni.kumamoto.jpminamisanriku.miyagi.jpminamitane.kagoshima.jpminamiuonuma.niigata.jp"
    "museumvereniging.museumnasushiobara.tochigi.jpnationalfirearms.museumnationalheritage.museum"
    "nishiawakura.okayama.jpnishinoshima.shimane.jpnishiokoppe.hokkaido.jpnoboribetsu.hokkaido.jp"
    "nodebalancer.linode.comphiladelphiaarea.museumpub.instances.scw.cloudrishirifuji.hokkaido.jp"
    "shichikashuku.miyagi.jpsmartlabeling.scw.cloudstorage.yandexcloud.netsynology-diskstation.de"
    "tsurugashima.saitama.jpusdecorativearts.museumwebsite.yandexcloud.netwest1-us.cloudjiffy.net"
    "xn--8dbq2a.xn--4dbrk0cexn--m3ch0j3a.xn--o3cw4hxn--mtta-vrjjat-k7af.noxn--vermgensberater-ctb"
    "xn--vler-qoa.hedmark.noxn--wcvs22d.xn--j6w193gxn--ystre-slidre-ujb.noyamanakako.yamanashi.jp"
    "affinitylottery.org.ukaizubange.fukushima.jpakamaiedge-staging.netandriabarlettatrani.it"
    "andriatranibarletta.itasaminami.hiroshima.jpbarlettatraniandria.itboldlygoingnowhere.org"
    "botanicalgarden.museumbritishcolumbia.museumchildrensgarden.museumcoloradoplateau.museum"
    "computerhistory.museumcontemporaryart.museumcust.prod.thingdust.iodigitaloceanspaces.com"
    "direct.quickconnect.cndirect.quickconnect.tofra1-de.cloudjiffy.netfriuliveneziagiulia.it"
    "fujinomiya.shizuoka.jpfukushima.fukushima.jpglobal.prod.fastly.nethembygdsforbund.museum"
    "higashiizu.shizuoka.jphigashikurume.tokyo.jphigashinaruse.akita.jphigashiyamato.tokyo.jp"
    "higashiyoshino.nara.jphitachinaka.ibaraki.jpid.firewalledreplit.coindependent-inquest.uk"
    "independent-inquiry.ukis-a-cubicle-slave.comizumizaki.fukushima.jpjs.wpenginepowered.com"
    "kagoshima.kagoshima.jpkamifurano.hokkaido.jpkaminoyama.yamagata.jpkashiwazaki.niigata.jp"
    "kasumigaura.ibaraki.jpkawachinagano.osaka.jpkawaminami.miyazaki.jpkuchinotsu.nagasaki.jp"
    "kudamatsu.yamaguchi.jplynx.mythic-beasts.commakinohara.shizuoka.jpmamurogawa.yamagata.jp"
    "matsumoto.kagoshima.jpminamidaito.okinawa.jpminamiechizen.fukui.jpminamiminowa.nagano.jp"
    "miyakonojo.miyazaki.jpnakamichi.yamanashi.jpnaturalsciences.museumnishiaizu.fukushima.jp"
    "oamishirasato.chiba.jpoceanographique.museumonza.mythic-beasts.compagespeedmobilizer.com"
    "rikuzentakata.iwate.jpsagamihara.kanagawa.jpsakaiminato.tottori.jpsanagochi.tokushima.jp"
    "science-fiction.museumseranishi.hiroshima.jpservecounterstrike.comshinanomachi.nagano.jp"
    "shirakawa.fukushima.jpshishikui.tokushima.jpstateofdelaware.museumtamatsukuri.ibaraki.jp"
    "tokushima.tokushima.jptraniandriabarletta.ittranibarlettaandria.ittrentino-alto-adige.it"
    "trentino-sued-tirol.ituscountryestate.museumuslivinghistory.museumwatch-and-clock.museum"
    "xn--55qx5d.xn--j6w193gxn--bhccavuotna-k7a.noxn--cesena-forl-mcb.itxn--clchc0ea0b2g2a9gcd"
    "xn--forl-cesena-fcb.itxn--ggaviika-8ya47h.noxn--gmqw5a.xn--j6w193gxn--hcesuolo-7ya35b.no"
    "xn--hmmrfeasta-s4ac.noxn--koluokta-7ya57h.noxn--krjohka-hwab49j.noxn--mxtq1m.xn--j6w193g"
    "xn--o3cyx2a.xn--o3cw4hxn--od0alg.xn--j6w193gxn--sandnessjen-ogb.noxn--sr-varanger-ggb.no"
    "xn--uc0atv.xn--j6w193gxn--valle-aoste-ebb.itxn--valledaoste-ebb.ityali.mythic-beasts.com"
    "yamanashi.yamanashi.jpyamatokoriyama.nara.jpyamatsuri.fukushima.jpyatsushiro.kumamoto.jp"
    "1.azurestaticapps.netair-surveillance.aeroakamaized-staging.netalpha-myqnapcloud.com"
    "alpha.bounty-full.comarchaeological.museumaridagawa.wakayama.jpasahikawa.hokkaido.jp"
    "ashibetsu.hokkaido.jpcasadelamoneda.museumch.trendhosting.cloudchigasaki.kanagawa.jp"
    "chikushino.fukuoka.jpchristiansburg.museumcloud-fr1.unispace.iocloud.nospamproxy.com"
    "coastaldefence.museumculturalcenter.museumcust.dev.thingdust.iocustom.metacentrum.cz"
    "de.trendhosting.clouddev.adobeaemcloud.comdiskussionsbereich.dedyn.home-webserver.de"
    "edgesuite-staging.neteu.pythonanywhere.comexperts-comptables.frfujikawa.yamanashi.jp"
    "fukushima.hokkaido.jpfukuyama.hiroshima.jpfurudono.fukushima.jpgithubusercontent.com"
    "global.ssl.fastly.nethamamatsu.shizuoka.jphashimoto.wakayama.jphayakawa.yamanashi.jp"
    "health-carereform.comheimatunduhren.museumhigashine.yamagata.jphigashiosaka.osaka.jp"
    "higashitsuno.kochi.jphiratsuka.kanagawa.jphistorichouses.museumhitachiota.ibaraki.jp"
    "horokanai.hokkaido.jpindependent-review.ukis-a-conservative.comis-a-photographer.com"
    "is-an-entertainer.comishikawa.fukushima.jpiwamizawa.hokkaido.jpizunokuni.shizuoka.jp"
    "jelastic.tsukaeru.netkaminokawa.tochigi.jpkamitonda.wakayama.jpkaneyama.fukushima.jp"
    "karasuyama.tochigi.jpkatsuragi.wakayama.jpkawamata.fukushima.jpkawanabe.kagoshima.jp"
    "kawanehon.shizuoka.jpkawanishi.yamagata.jpkimobetsu.hokkaido.jpkitakata.fukushima.jp"
    "kobayashi.miyazaki.jpkoriyama.fukushima.jpkoshimizu.hokkaido.jpkunstunddesign.museum"
    "kushimoto.wakayama.jpmatsubushi.saitama.jpmatsuzaki.shizuoka.jpminamiizu.shizuoka.jp"
    "monzaedellabrianza.itmorimachi.shizuoka.jpmorotsuka.miyazaki.jpmyactivedirectory.com"
    "nakagawa.tokushima.jpnakaniikawa.toyama.jpnakatane.kagoshima.jpnarusawa.yamanashi.jp"
    "nativeamerican.museumnaturalhistory.museumnirasaki.yamanashi.jpnishihara.kumamoto.jp"
    "nishikawa.yamagata.jpnishimera.miyazaki.jpnozawaonsen.nagano.jpobanazawa.yamagata.jp"
    "okinoshima.shimane.jponomichi.hiroshima.jpotoineppu.hokkaido.jpplaystation-cloud.com"
    "rag-cloud.hosteur.comrikubetsu.hokkaido.jpsakuragawa.ibaraki.jpsamegawa.fukushima.jp"
    "sarufutsu.hokkaido.jpsciencecenters.museumsciencehistory.museumshimabara.nagasaki.jp"
    "shimamaki.hokkaido.jpshimokawa.hokkaido.jpshimokitayama.nara.jpshimotsuke.tochigi.jp"
    "shimotsuma.ibaraki.jpshinichi.hiroshima.jpshirahama.wakayama.jpshiranuka.hokkaido.jp"
    "shirataka.yamagata.jpshiriuchi.hokkaido.jpsoundandvision.museumstackhero-network.com"
    "sukagawa.fukushima.jptabayama.yamanashi.jptakanezawa.tochigi.jptakehara.hiroshima.jp"
    "tamakawa.fukushima.jptanagura.fukushima.jptarumizu.kagoshima.jpteshikaga.hokkaido.jp"
    "tokorozawa.saitama.jptokuyama.yamaguchi.jptomakomai.hokkaido.jptomigusuku.okinawa.jp"
    "tondabayashi.osaka.jptrentin-sued-tirol.ittrentino-altoadige.ittrentino-sud-tirol.it"
    "trentino-suedtirol.ittrentinoalto-adige.ittrentinosued-tirol.ittsukigata.hokkaido.jp"
    "uenohara.yamanashi.jputashinai.hokkaido.jputsunomiya.tochigi.jpxn--9dbhblg6di.museum"
    "xn--b-5ga.nordland.noxn--b-5ga.telemark.noxn--bearalvhki-y4a.noxn--bhcavuotna-s4a.no"
    "xn--brnnysund-m8ac.noxn--cesenaforl-i8a.itxn--davvenjrga-y4a.noxn--forlcesena-c8a.it"
    "xn--j1ael8b.xn--p1acfxn--leagaviika-52b.noxn--mlatvuopmi-s4a.noxn--rhkkervju-01af.no"
    "xn--sndre-land-0cb.noxn--stre-toten-zcb.noxn--valleaoste-e7a.itabashiri.hokkaido.jp"
    "akamaihd-staging.netartsandcrafts.museumasakawa.fukushima.jpassassination.museumauthgear-staging.com"
    "beeldengeluid.museumbeta.bounty-full.combiratori.hokkaido.jpbolzano-altoadige.itbotanicgarden.museum"
    "browsersafetymark.iocarbonia-iglesias.itchesapeakebay.museumcloud.metacentrum.czcommunication.museum"
    "couchpotatofries.orgcust.retrosnub.co.ukdev-builder.code.comelb.amazonaws.com.cnendoftheinternet.org"
    "est-mon-blogueur.cometajima.hiroshima.jpfarmequipment.museumfastly-terrarium.comfedorainfracloud.org"
    "firewall-gateway.comfirewall-gateway.netfuefuki.yamanashi.jpfujikawa.shizuoka.jpfujisawa.kanagawa.jp"
    "fujishiro.ibaraki.jpfukagawa.hokkaido.jpfukuchiyama.kyoto.jpfunagata.yamagata.jpfurubira.hokkaido.jp"
    "gushikami.okinawa.jphachirogata.akita.jphakodate.hokkaido.jphayashima.okayama.jphigashi.fukushima.jp"
    "higashiyama.kyoto.jphirogawa.wakayama.jphonbetsu.hokkaido.jphoronobe.hokkaido.jpiglesias-carbonia.it"
    "imageandsound.museumindependent-panel.ukis-a-hard-worker.comis-a-libertarian.comis-an-accountant.com"
    "is-into-cartoons.comis-not-certified.comishikari.hokkaido.jpishinomaki.miyagi.jpissmarterthanyou.com"
    "it1.jenv-aruba.cloudiwakuni.yamaguchi.jpizumozaki.niigata.jpjcloud.ik-server.comkadogawa.miyazaki.jp"
    "kakamigahara.gifu.jpkakegawa.shizuoka.jpkamakura.kanagawa.jpkamiizumi.saitama.jpkamikawa.hokkaido.jp"
    "kamikitayama.nara.jpkamoenai.hokkaido.jpkanazawa.ishikawa.jpkaneyama.yamagata.jpkawaguchi.saitama.jp"
    "kawakita.ishikawa.jpkawatana.nagasaki.jpkembuchi.hokkaido.jpkikugawa.shizuoka.jpkinokawa.wakayama.jp"
    "kitadaito.okinawa.jpkitagawa.miyazaki.jpkitakata.miyazaki.jpkitayama.wakayama.jpkiyokawa.kanagawa.jp"
    "kiyosato.hokkaido.jpkoshigaya.saitama.jpkouyama.kagoshima.jpkozagawa.wakayama.jpkudoyama.wakayama.jp"
    "kumamoto.kumamoto.jpkunitomi.miyazaki.jpkunneppu.hokkaido.jpkunstsammlung.museumkurashiki.okayama.jp"
    "kuriyama.hokkaido.jpmatsumae.hokkaido.jpmatsuura.nagasaki.jpmel.cloudlets.com.auminamata.kumamoto.jp"
    "minamiaiki.nagano.jpminamiawaji.hyogo.jpminamimaki.nagano.jpmishima.fukushima.jpmiyashiro.saitama.jp"
    "miyazaki.miyazaki.jpmiyoshi.hiroshima.jpmiyoshi.tokushima.jpmombetsu.hokkaido.jpmoseushi.hokkaido.jp"
    "murayama.yamagata.jpmysecuritycamera.commysecuritycamera.netmysecuritycamera.orgnagasaki.nagasaki.jp"
    "nakadomari.aomori.jpnakagawa.hokkaido.jpnakanoto.ishikawa.jpnakayama.yamagata.jpnamerikawa.toyama.jp"
    "nichinan.miyazaki.jpniikappu.hokkaido.jpninomiya.kanagawa.jpnishigo.fukushima.jpnishihara.okinawa.jp"
    "nishiizu.shizuoka.jpnishikata.tochigi.jpnishinomiya.hyogo.jpnonoichi.ishikawa.jpoceanographic.museum"
    "oci.customer-oci.comocp.customer-oci.comocs.customer-oci.comomaezaki.shizuoka.jpomihachiman.shiga.jp"
    "omotego.fukushima.jposakasayama.osaka.jppaas.massivegrid.compages.torproject.netrankoshi.hokkaido.jp"
    "ryugasaki.ibaraki.jpsakegawa.yamagata.jpsamukawa.kanagawa.jpsaves-the-whales.comsciencecenter.museum"
    "shakotan.hokkaido.jpshibecha.hokkaido.jpshichinohe.aomori.jpshijonawate.osaka.jpshikokuchuo.ehime.jp"
    "shimodate.ibaraki.jpshimogo.fukushima.jpshintoku.hokkaido.jpshintomi.miyazaki.jpshirosato.ibaraki.jp"
    "shizukuishi.iwate.jpshizuoka.shizuoka.jpshobara.hiroshima.jpsouthcarolina.museumstg-builder.code.com"
    "tachiarai.fukuoka.jptaishin.fukushima.jptakaharu.miyazaki.jptakahashi.okayama.jptakahata.yamagata.jp"
    "takamori.kumamoto.jptakanabe.miyazaki.jptakazaki.miyazaki.jptakikawa.hokkaido.jptakinoue.hokkaido.jp"
    "tatebayashi.gunma.jptokamachi.niigata.jptokashiki.okinawa.jptosashimizu.kochi.jptownnews-staging.com"
    "toyotomi.hokkaido.jptrentin-sud-tirol.ittrentin-suedtirol.ittrentino-sudtirol.ittrentinoaltoadige.it"
    "trentinosud-tirol.ittrentinosuedtirol.ittrentinsued-tirol.ittsubetsu.hokkaido.jptsuchiura.ibaraki.jp"
    "tsuruoka.yamagata.jptsushima.nagasaki.jpuchinada.ishikawa.jpupaas.kazteleport.kzvs.mythic-beasts.com"
    "wakayama.wakayama.jpwakkanai.hokkaido.jpwatchandclock.museumweeklylottery.org.ukwhm.fr-par.scw.cloud"
    "whm.nl-ams.scw.cloudxn--90a1af.xn--p1acfxn--90azh.xn--90a3acxn--c1avg.xn--90a3acxn--eveni-0qa01ga.no"
    "xn--h1aliz.xn--p1acfxn--hgebostad-g3a.noxn--krdsherad-m8a.noxn--o1ach.xn--90a3acxn--porsgu-sta26f.no"
    "xn--sr-aurdal-l8a.noxn--vestvgy-ixa6o.noxn--vre-eiker-k8a.noxn--w4r85el8fhu5dnrayamagata.yamagata.jp"
    "yamakita.kanagawa.jpyamanobe.yamagata.jpyamanouchi.nagano.jpyamatotakada.nara.jpyanaizu.fukushima.jp"
    "yokosuka.kanagawa.jpyonezawa.yamagata.jpyoshikawa.saitama.jpyugawara.kanagawa.jpyukuhashi.fukuoka.jp"
    "aibetsu.hokkaido.jpaizumi.tokushima.jpakabira.hokkaido.jpakkeshi.hokkaido.jpanamizu.ishikawa.jp"
    "anthropology.museumarchitecture.museumartanddesign.museumarteducation.museumasakuchi.okayama.jp"
    "ashikaga.tochigi.jpbalsan-suedtirol.itbandai.fukushima.jpbulsan-suedtirol.itbungotakada.oita.jp"
    "carboniaiglesias.itchijiwa.nagasaki.jpchikuhoku.nagano.jpchikusei.ibaraki.jpchikuzen.fukuoka.jp"
    "chiropractic.museumchitose.hokkaido.jpcivilisation.museumcivilization.museumcloudcontrolapp.com"
    "cloudcontrolled.comcloudflare-ipfs.comcontemporary.museumdemo.datadetect.comdev-myqnapcloud.com"
    "edgekey-staging.netembetsu.hokkaido.jpencyclopedic.museumest-a-la-maison.comest-a-la-masion.com"
    "ezproxy.kuleuven.befi.cloudplatform.fifirewall-gateway.defortmissoula.museumfranziskaner.museum"
    "friuli-ve-giulia.itfujieda.shizuoka.jpfujimino.saitama.jpfukumitsu.toyama.jpfukuroi.shizuoka.jp"
    "funahashi.toyama.jpfutaba.fukushima.jpgotemba.shizuoka.jpgroundhandling.aerogyokuto.kumamoto.jp"
    "hachinohe.aomori.jphaibara.shizuoka.jphakusan.ishikawa.jphanamigawa.chiba.jphanawa.fukushima.jp"
    "hashikami.aomori.jphatogaya.saitama.jphatoyama.saitama.jphigashiomi.shiga.jphigashiura.aichi.jp"
    "hikari.yamaguchi.jphirata.fukushima.jphirokawa.fukuoka.jphirono.fukushima.jphisayama.fukuoka.jp"
    "hokuryu.hokkaido.jphokuto.yamanashi.jphomesecuritymac.comhotelwithflight.comhuissier-justice.fr"
    "ichiba.tokushima.jpichinomiya.aichi.jpichinomiya.chiba.jpichinoseki.iwate.jpiglesiascarbonia.it"
    "iitate.fukushima.jpillustration.museumimakane.hokkaido.jpinashiki.ibaraki.jpinatsuki.fukuoka.jp"
    "indianapolis.museumindianmarket.museumintelligence.museumis-a-bookkeeper.comis-a-celticsfan.org"
    "is-a-landscaper.comis-a-linux-user.orgis-a-republican.comis-an-anarchist.comis-with-theband.com"
    "isahaya.nagasaki.jpisehara.kanagawa.jpishigaki.okinawa.jpishikawa.okinawa.jpitayanagi.aomori.jp"
    "itoigawa.niigata.jpiwatsuki.saitama.jpj.scaleforce.com.cyjls-sto1.elastx.netjls-sto2.elastx.net"
    "jls-sto3.elastx.netkagamino.okayama.jpkainan.tokushima.jpkakinoki.shimane.jpkamikawa.saitama.jp"
    "kamisato.saitama.jpkanegasaki.iwate.jpkannami.shizuoka.jpkanoya.kagoshima.jpkaruizawa.nagano.jp"
    "kasukabe.saitama.jpkatsushika.tokyo.jpkawahara.tottori.jpkawajima.saitama.jpkibichuo.okayama.jp"
    "kikonai.hokkaido.jpkikuchi.kumamoto.jpkitamoto.saitama.jpkitaura.miyazaki.jpknightpoint.systems"
    "komatsu.ishikawa.jpkosuge.yamanashi.jpkouzushima.tokyo.jpkumagaya.saitama.jpkumano.hiroshima.jp"
    "kumejima.okinawa.jpkunigami.okinawa.jpkunimi.fukushima.jpkushima.miyazaki.jpkushiro.hokkaido.jp"
    "kutchan.hokkaido.jplocalhistory.museumlocalhost.daplie.memashike.hokkaido.jpmashiki.kumamoto.jp"
    "matsuda.kanagawa.jpmatsukawa.nagano.jpmatsumoto.nagano.jpmihara.hiroshima.jpmiharu.fukushima.jp"
    "minami.tokushima.jpminamiboso.chiba.jpminobu.yamanashi.jpmishima.shizuoka.jpmiyawaka.fukuoka.jp"
    "mizumaki.fukuoka.jpmochizuki.nagano.jpmoroyama.saitama.jpmunakata.fukuoka.jpmurakami.niigata.jp"
    "muroran.hokkaido.jpmuseumcenter.museummyspreadshop.com.aunaganohara.gunma.jpnagaokakyo.kyoto.jp"
    "nagareyama.chiba.jpnagato.yamaguchi.jpnagatoro.saitama.jpnakagawa.fukuoka.jpnakatsugawa.gifu.jp"
    "namegata.ibaraki.jpnamegawa.saitama.jpnanporo.hokkaido.jpnaruto.tokushima.jpnewhampshire.museum"
    "nichinan.tottori.jpniyodogawa.kochi.jpnobeoka.miyazaki.jpnorth-kazakhstan.suobihiro.hokkaido.jp"
    "odawara.kanagawa.jpohtawara.tochigi.jpoishida.yamagata.jpokuizumo.shimane.jposhima.yamaguchi.jp"
    "oshino.yamanashi.jpotofuke.hokkaido.jpotsuki.yamanashi.jpoutsystemscloud.comowariasahi.aichi.jp"
    "philadelphia.museumpreservation.museumriodejaneiro.museumrishiri.hokkaido.jproyal-commission.uk"
    "s3.fr-par.scw.clouds3.nl-ams.scw.clouds3.pl-waw.scw.cloudsalvadordali.museumsanfrancisco.museum"
    "santabarbara.museumsasaguri.fukuoka.jpsaskatchewan.museumscalebook.scw.cloudschlesisches.museum"
    "securitytactics.comsekd1.beebyteapp.iosekikawa.niigata.jpsetouchi.okayama.jpshikabe.hokkaido.jp"
    "shikaoi.hokkaido.jpshimada.shizuoka.jpshimizu.shizuoka.jpshimoda.shizuoka.jpshimosuwa.nagano.jp"
    "shiraoi.hokkaido.jpshiraoka.saitama.jpshiroishi.miyagi.jpshunan.yamaguchi.jpsite.tb-hosting.com"
    "sobetsu.hokkaido.jpstpetersburg.museumsurgeonshall.museumtabuse.yamaguchi.jptakahagi.ibaraki.jp"
    "takamatsu.kagawa.jptakarazuka.hyogo.jptaketomi.okinawa.jptateshina.nagano.jptobetsu.hokkaido.jp"
    "togakushi.nagano.jptogitsu.nagasaki.jptokigawa.saitama.jptoyota.yamaguchi.jptoyoura.hokkaido.jp"
    "trentin-sudtirol.ittrentino-a-adige.ittrentino-s-tirol.ittrentinosudtirol.ittrentinsud-tirol.it"
    "trentinsuedtirol.ittsubata.ishikawa.jptsurugi.ishikawa.jptuleap-partners.comuchihara.ibaraki.jp"
    "urakawa.hokkaido.jpwajiki.tokushima.jpwashingtondc.museumwassamu.hokkaido.jpwellbeingzone.co.uk"
    "xn--80au.xn--90a3acxn--90amc.xn--p1acfxn--btsfjord-9za.noxn--c1avg.xn--p1acfxn--d1at.xn--90a3ac"
    "xn--gildeskl-g0a.noxn--givuotna-8ya.noxn--h1ahn.xn--p1acfxn--hylandet-54a.noxn--j1adp.xn--p1acf"
    "xn--j1aef.xn--p1acfxn--jrpeland-54a.noxn--kranghke-b0a.noxn--kvnangen-k0a.noxn--laheadju-7ya.no"
    "xn--lrenskog-54a.noxn--mgberp4a5d4a87gxn--mgbqly7c0a67fbcxn--mjndalen-64a.noxn--o1ac.xn--90a3ac"
    "xn--vegrshei-c0a.noyabuki.fukushima.jpyamagata.ibaraki.jpyamato.fukushima.jpyanagawa.fukuoka.jp"
    "yawatahama.ehime.jpyokaichiba.chiba.jpyonabaru.okinawa.jpyonaguni.okinawa.jpyoshida.shizuoka.jp"
    "yoshinogari.saga.jpyotsukaido.chiba.jpyugawa.fukushima.jpadobeio-static.netadobeioruntime.net"
    "agematsu.nagano.jpagriculture.museumaikawa.kanagawa.jpakamai-staging.netakune.kagoshima.jp"
    "amagasaki.hyogo.jpamami.kagoshima.jpamericanart.museumaogashima.tokyo.jpapp.banzaicloud.io"
    "appspacehosted.comarakawa.saitama.jparchaeology.museumashoro.hokkaido.jpassabu.hokkaido.jp"
    "association.museumatsugi.kanagawa.jpatsuma.hokkaido.jpbalena-devices.combalsan-sudtirol.it"
    "beta.tailscale.netbifuka.hokkaido.jpbihoro.hokkaido.jpbmoattachments.orgbozen-suedtirol.it"
    "bulsan-sudtirol.itcampidano-medio.itcertification.aerochattanooga.museumchikugo.fukuoka.jp"
    "chikuho.fukuoka.jpchikujo.fukuoka.jpcity.kitakyushu.jpcivilaviation.aerocloudfunctions.net"
    "cloudsite.builderscorporation.museumdaiwa.hiroshima.jpdazaifu.fukuoka.jpdelmenhorst.museum"
    "demo.datacenter.fidoshi.yamanashi.jpdynamisches-dns.dedyndns-at-home.comdyndns-at-work.com"
    "dyndns.dappnode.ioeast-kazakhstan.sueating-organic.netebetsu.hokkaido.jpeducational.museum"
    "enterprisecloud.nuentertainment.aeroenvironment.museumes-1.axarnet.cloudesashi.hokkaido.jp"
    "evje-og-hornnes.nofastvps-server.comfreemasonry.museumfreetls.fastly.netfriuli-v-giulia.it"
    "friuli-vegiulia.itfriulive-giulia.itfuchu.hiroshima.jpfuettertdasnetz.defujiidera.osaka.jp"
    "fukuchi.fukuoka.jpfunabashi.chiba.jpfurukawa.miyagi.jpgemological.museumgeometre-expert.fr"
    "ginowan.okinawa.jpgokase.miyazaki.jpgrandrapids.museumhaboro.hokkaido.jphadano.kanagawa.jp"
    "haebaru.okinawa.jphakone.kanagawa.jphasami.nagasaki.jphere-for-more.infohidaka.hokkaido.jp"
    "hidaka.wakayama.jphigashi.fukuoka.jphigashi.okinawa.jphioki.kagoshima.jphirado.nagasaki.jp"
    "hiraizumi.iwate.jphirosaki.aomori.jphitachi.ibaraki.jphokuto.hokkaido.jphomesecuritypc.com"
    "hongo.hiroshima.jphosting-cluster.nlibaraki.ibaraki.jpichikai.tochigi.jpinstances.spawn.cc"
    "interactive.museumis-a-anarchist.comis-a-bruinsfan.orgis-a-bulls-fan.comis-a-candidate.org"
    "is-a-nascarfan.comis-a-socialist.comis-a-therapist.comis-an-engineer.comitano.tokushima.jp"
    "ivano-frankivsk.uaiwafune.tochigi.jpiwaki.fukushima.jpiwanai.hokkaido.jpizumi.kagoshima.jp"
    "izumiotsu.osaka.jpizumisano.osaka.jpj.layershift.co.ukjed.wafaicloud.comjelastic.dogado.eu"
    "judygarland.museumkahoku.ishikawa.jpkahoku.yamagata.jpkainan.wakayama.jpkaisei.kanagawa.jp"
    "kaita.hiroshima.jpkamiichi.toyama.jpkamikoani.akita.jpkasaoka.okayama.jpkashima.ibaraki.jp"
    "kashiwara.osaka.jpkatashina.gunma.jpkatsuyama.fukui.jpkawagoe.saitama.jpkawakami.nagano.jp"
    "kawanishi.hyogo.jpkawasaki.miyagi.jpkawazu.shizuoka.jpkayabe.hokkaido.jpkazimierz-dolny.pl"
    "kimino.wakayama.jpkinko.kagoshima.jpkishiwada.osaka.jpkitaaiki.nagano.jpkitaakita.akita.jp"
    "kitami.hokkaido.jpkokubunji.tokyo.jpkomagane.nagano.jpkommunalforbund.sekoori.fukushima.jp"
    "koshu.yamanashi.jpkotohira.kagawa.jpkotoura.tottori.jpkounosu.saitama.jpkumakogen.ehime.jp"
    "kumenan.okayama.jpkunden.ortsinfo.atkunitachi.tokyo.jpkuroishi.aomori.jpkuroiso.tochigi.jp"
    "kyotanabe.kyoto.jplewismiller.museumloginline.serviceslon.wafaicloud.commarugame.kagawa.jp"
    "marumori.miyagi.jpmashiko.tochigi.jpmatsubara.osaka.jpmatsuyama.ehime.jpmedio-campidano.it"
    "members.linode.commidatlantic.museummifune.kumamoto.jpmihama.wakayama.jpmikasa.hokkaido.jp"
    "mikawa.yamagata.jpmimata.miyazaki.jpmisato.wakayama.jpmitou.yamaguchi.jpmitsuke.niigata.jp"
    "miyoshi.saitama.jpmoriguchi.osaka.jpmoriyoshi.akita.jpmukawa.hokkaido.jpmusashino.tokyo.jp"
    "mutsuzawa.chiba.jpmyspreadshop.co.uknagaoka.niigata.jpnagasu.kumamoto.jpnakagawa.nagano.jp"
    "nakijin.okinawa.jpnamie.fukushima.jpnanbu.yamanashi.jpnango.fukushima.jpnaoshima.kagawa.jp"
    "narashino.chiba.jpnayoro.hokkaido.jpnemuro.hokkaido.jpniigata.niigata.jpnishiarita.saga.jp"
    "nishiazai.shiga.jpnishitosa.kochi.jpnishiwaki.hyogo.jpnorthwesternmutualnumata.hokkaido.jp"
    "numazu.shizuoka.jpogasawara.tokyo.jpohkura.yamagata.jpokagaki.fukuoka.jpokayama.okayama.jp"
    "okegawa.saitama.jpokinawa.okinawa.jpokuma.fukushima.jpomitama.ibaraki.jpondigitalocean.app"
    "oregontrail.museumotake.hiroshima.jpotama.fukushima.jpoyamazaki.kyoto.jppaas.datacenter.fi"
    "pages.wiardweb.compalmsprings.museumphotography.museumplanetarium.museumprequalifyme.today"
    "raffleentry.org.ukreggio-calabria.itreserve-online.comreserve-online.netrokunohe.aomori.jp"
    "ryd.wafaicloud.comryokami.saitama.jpsaigawa.fukuoka.jpsaikai.nagasaki.jpsaitama.saitama.jp"
    "sakata.yamagata.jpsaroma.hokkaido.jpsasebo.nagasaki.jpsatosho.okayama.jpschoenbrunn.museum"
    "schokoladen.museumschools.nsw.edu.ausekigahara.gifu.jpsells-for-less.comserveminecraft.net"
    "shibata.niigata.jpshibukawa.gunma.jpshiiba.miyazaki.jpshimamoto.osaka.jpshimane.shimane.jp"
    "shimofusa.chiba.jpshimoji.okinawa.jpshimonita.gunma.jpshinagawa.tokyo.jpshingu.wakayama.jp"
    "shinjo.yamagata.jpshinonsen.hyogo.jpshinshiro.aichi.jpshiogama.miyagi.jpshiojiri.nagano.jp"
    "shonai.yamagata.jpshowa.fukushima.jpshowa.yamanashi.jpsodegaura.chiba.jpspectrum.myjino.ru"
    "stjordalshalsen.nosumoto.kumamoto.jpsusono.shizuoka.jptachikawa.tokyo.jptakamori.nagano.jp"
    "takashima.shiga.jptakasu.hokkaido.jptakatsuki.osaka.jptakatsuki.shiga.jptakayama.nagano.jp"
    "tanabe.wakayama.jptateyama.toyama.jptawaramoto.nara.jptenei.fukushima.jptimekeeping.museum"
    "tobishima.aichi.jptochigi.tochigi.jptomari.hokkaido.jptottori.tottori.jptoyako.hokkaido.jp"
    "toyohashi.aichi.jptoyotsu.fukuoka.jptozawa.yamagata.jptravelersinsurancetrentino-aadige.it"
    "trentino-stirol.ittrentinoa-adige.ittrentinos-tirol.ittrentinsudtirol.ittsubame.niigata.jp"
    "tsukiyono.gunma.jptsukuba.ibaraki.jptsukui.kanagawa.jptsuru.yamanashi.jptsuwano.shimane.jp"
    "tsuyama.okayama.jpu2-local.xnbay.comuchinomi.kagawa.jpujitawara.kyoto.jpurausu.hokkaido.jp"
    "user.aseinet.ne.jpuser.localcert.devvip.jelastic.cloudvolkenkunde.museumwajima.ishikawa.jp"
    "writesthisblog.comxn--aroport-bya.cixn--bdddj-mrabd.noxn--berlevg-jxa.noxn--hkkinen-5wa.fi"
    "xn--hnefoss-q1a.noxn--holtlen-hxa.noxn--hyanger-q1a.noxn--krehamn-dxa.noxn--kvfjord-nxa.no"
    "xn--langevg-jxa.noxn--ldingen-q1a.noxn--lns-qla.museumxn--mgba3a4f16a.irxn--mgbai9a5eva00b"
    "xn--nttery-byae.noxn--nvuotna-hwa.noxn--oppegrd-ixa.noxn--rennesy-v1a.noxn--rlingen-mxa.no"
    "xn--sdtirol-n2a.itxn--skjervy-v1a.noxn--sknland-fxa.noxn--sr-fron-q1a.noxn--sr-odal-q1a.no"
    "xn--srreisa-q1a.noxn--stjrdal-s1a.noxn--tnsberg-q1a.noxn--trgstad-r1a.noxn--ygarden-p1a.no"
    "yachimata.chiba.jpyachiyo.ibaraki.jpyakumo.hokkaido.jpyamaga.kumamoto.jpyamagata.nagano.jp"
    "yamamoto.miyagi.jpyamashina.kyoto.jpyamato.kanagawa.jpyamato.kumamoto.jpyatsuka.shimane.jp"
    "yoichi.hokkaido.jpyomitan.okinawa.jpyoshida.saitama.jpyoshimi.saitama.jpyurihonjo.akita.jp"
    "yusui.kagoshima.jpzentsuji.kagawa.jpa.prod.fastly.netadobeaemcloud.netairkitapps-au.com"
    "akaiwa.okayama.jpakishima.tokyo.jpanan.tokushima.jpappengine.flow.charida.wakayama.jp"
    "artgallery.museumasahi.yamagata.jpashiya.fukuoka.jpatami.shizuoka.jpaurskog-holand.no"
    "automotive.museumayagawa.kagawa.jpayase.kanagawa.jpazumino.nagano.jpazurecontainer.io"
    "azurewebsites.netbarsyonline.co.ukbibai.hokkaido.jpbirthplace.museumbozen-sudtirol.it"
    "builtwithdark.comcalifornia.museumcampidanomedio.itcapebreton.museumcartoonart.museum"
    "championship.aerocheltenham.museumchikuma.nagano.jpchoyo.kumamoto.jpchuo.yamanashi.jp"
    "cincinnati.museumcloudycluster.netcollection.museumcommunity-pro.netcopenhagen.museum"
    "date.fukushima.jpdell-ogliastra.itdemo.jelastic.comdevcdnaccesso.comdh.bytemark.co.uk"
    "dnepropetrovsk.uadnipropetrovsk.uadyndns-office.comdyndns-remote.comdyndns-server.com"
    "eastafrica.museumebina.kanagawa.jpebino.miyazaki.jpecommerce-shop.pleero-stage.online"
    "elvendrell.museumembroidery.museumemilia-romagna.itendofinternet.netendofinternet.org"
    "eniwa.hokkaido.jpentomology.museumerimo.hokkaido.jpest-le-patron.comeu-1.evennode.com"
    "eu-2.evennode.comeu-3.evennode.comeu-4.evennode.comexhibition.museumflt.cloud.muni.cz"
    "folionetwork.sitefoundation.museumfriuli-vgiulia.itfriuliv-giulia.itfriulivegiulia.it"
    "fujimi.saitama.jpfujisato.akita.jpfujisawa.iwate.jpfukaya.saitama.jpfukusaki.hyogo.jp"
    "futsu.nagasaki.jpgamagori.aichi.jpginoza.okinawa.jpgit-pages.rit.edugithubpreview.dev"
    "habikino.osaka.jphachioji.tokyo.jphagi.yamaguchi.jphakata.fukuoka.jphakui.ishikawa.jp"
    "halloffame.museumhamada.shimane.jphanamaki.iwate.jphasuda.saitama.jpheroy.nordland.no"
    "hidaka.saitama.jphikawa.shimane.jphikimi.shimane.jphimeshima.oita.jphinohara.tokyo.jp"
    "hirakata.osaka.jphiranai.aomori.jphirara.okinawa.jphiroo.hokkaido.jphistorical.museum"
    "historisch.museumhofu.yamaguchi.jphomeoffice.gov.ukhosting.myjino.ruhumanities.museum"
    "hyuga.miyazaki.jpichihara.chiba.jpichikawa.chiba.jpichikawa.hyogo.jpichinohe.iwate.jp"
    "iizuka.fukuoka.jpikeda.hokkaido.jpikusaka.nagano.jpilovecollege.infoinami.wakayama.jp"
    "is-a-democrat.comis-a-designer.comis-a-musician.comis-a-rockstar.comis-an-actress.com"
    "is-into-anime.comis-into-games.comis-very-sweet.orgisa-hockeynut.comisen.kagoshima.jp"
    "itabashi.tokyo.jpitoman.okinawa.jpiwade.wakayama.jpiwaizumi.iwate.jpiwanuma.miyagi.jp"
    "iwata.shizuoka.jpjoetsu.niigata.jpjournalism.museumjuedisches.museumkadena.okinawa.jp"
    "kakogawa.hyogo.jpkamagaya.chiba.jpkamaishi.iwate.jpkamigori.hyogo.jpkamijima.ehime.jp"
    "kamikawa.hyogo.jpkamisu.ibaraki.jpkamogawa.chiba.jpkanonji.kagawa.jpkanuma.tochigi.jp"
    "kariwa.niigata.jpkasama.ibaraki.jpkasamatsu.gifu.jpkashihara.nara.jpkasuga.fukuoka.jp"
    "kasuya.fukuoka.jpkatagami.akita.jpkatsuragi.nara.jpkatsuura.chiba.jpkawanishi.nara.jp"
    "kawara.fukuoka.jpkeisen.fukuoka.jpkisarazu.chiba.jpkitagawa.kochi.jpkitakami.iwate.jp"
    "koebenhavn.museumkofu.yamanashi.jpkosai.shizuoka.jpkujukuri.chiba.jpkumatori.osaka.jp"
    "kumiyama.kyoto.jpkurate.fukuoka.jpkure.hiroshima.jpkurogi.fukuoka.jpkurume.fukuoka.jp"
    "kuzumaki.iwate.jpkyotamba.kyoto.jpkyotango.kyoto.jpkyowa.hokkaido.jplancashire.museum"
    "landing.myjino.rulinkyard-cloud.chlinodeobjects.comlosangeles.museumlpusercontent.com"
    "luxembourg.museummaebashi.gunma.jpmagentosite.cloudmanchester.museummaniwa.okayama.jp"
    "marylhurst.museummasuda.shimane.jpmatsue.shimane.jpmediocampidano.itmidtre-gauldal.no"
    "mima.tokushima.jpminakami.gunma.jpminami.fukuoka.jpminano.saitama.jpmisaki.okayama.jp"
    "misasa.tottori.jpmisato.shimane.jpmiura.kanagawa.jpmiyako.fukuoka.jpmiyama.fukuoka.jp"
    "mizusawa.iwate.jpmonticello.museummoriya.ibaraki.jpmoriyama.shiga.jpmotegi.tochigi.jp"
    "motobu.okinawa.jpmotorcycle.museummotoyama.kochi.jpmugi.tokushima.jpmyforum.community"
    "naamesjevuemie.nonagahama.shiga.jpnagai.yamagata.jpnaka.hiroshima.jpnakai.kanagawa.jp"
    "nakama.fukuoka.jpnakamura.kochi.jpnakanojo.gunma.jpnamikata.ehime.jpnanae.hokkaido.jp"
    "nanao.ishikawa.jpnanyo.yamagata.jpnaturbruksgymn.seneyagawa.osaka.jpnogata.fukuoka.jp"
    "notogawa.shiga.jpobama.nagasaki.jpobira.hokkaido.jpoffice-on-the.netogawara.miyagi.jp"
    "oguni.yamagata.jpoketo.hokkaido.jpomura.nagasaki.jponagawa.miyagi.jpooshika.nagano.jp"
    "opencraft.hostingoseto.nagasaki.jpotaru.hokkaido.jpotobe.hokkaido.jpozora.hokkaido.jp"
    "pippu.hokkaido.jppittsburgh.museumplantation.museumportlligat.museumpublic-inquiry.uk"
    "ranzan.saitama.jpravendb.communityrebun.hokkaido.jpreggiocalabria.itresistance.museum"
    "router.managementsagae.yamagata.jpsaintlouis.museumsaito.miyazaki.jpsaka.hiroshima.jp"
    "sakado.saitama.jpsakura.tochigi.jpsande.vestfold.nosannohe.aomori.jpsasayama.hyogo.jp"
    "savannahga.museumsayama.saitama.jpschulplattform.descrapper-site.netseihi.nagasaki.jp"
    "seirou.niigata.jpsellsyourhome.orgsera.hiroshima.jpserveexchange.comservehalflife.com"
    "setagaya.tokyo.jpsettlement.museumshari.hokkaido.jpsherbrooke.museumshibata.miyagi.jp"
    "shika.ishikawa.jpshikama.miyagi.jpshikatsu.aichi.jpshimoichi.nara.jpshingu.fukuoka.jp"
    "shinjo.okayama.jpshinjuku.tokyo.jpshioya.tochigi.jpshiroishi.saga.jpshonai.fukuoka.jp"
    "simplesite.com.brsites.static.landsoma.fukushima.jpspace-to-rent.comstaging.onred.one"
    "static-access.netsteiermark.museumsuginami.tokyo.jpsugito.saitama.jptadotsu.kagawa.jp"
    "tagami.niigata.jptagawa.fukuoka.jptaiji.wakayama.jptaiki.hokkaido.jptainai.niigata.jp"
    "takahama.aichi.jptakahama.fukui.jptakaishi.osaka.jptakaoka.toyama.jptakasago.hyogo.jp"
    "takasaki.gunma.jptakata.fukuoka.jptakayama.gunma.jptamamura.gunma.jptamano.okayama.jp"
    "tamayu.shimane.jptanohata.iwate.jptarama.okinawa.jptateyama.chiba.jptatsuno.nagano.jp"
    "technology.museumtelevision.museumtendo.yamagata.jpthingdustdata.comtochio.niigata.jp"
    "tohma.hokkaido.jptohnosho.chiba.jptokoname.aichi.jptomisato.chiba.jptomobe.ibaraki.jp"
    "tonaki.okinawa.jptonosho.kagawa.jptorahime.shiga.jptoride.ibaraki.jptoyokawa.aichi.jp"
    "toyonaka.osaka.jptoyosato.shiga.jptrafficplex.cloudtrentinoaadige.ittrentinostirol.it"
    "trycloudflare.comtsugaru.aomori.jptsuiki.fukuoka.jptsumagoi.gunma.jptsunan.niigata.jp"
    "tsuno.miyazaki.jptsuruta.aomori.jptsushima.aichi.jpu.channelsdvr.netuk.primetel.cloud"
    "unazuki.toyama.jpuniversity.museumunusualperson.comunzen.nagasaki.jpurasoe.okinawa.jp"
    "us-1.evennode.comus-2.evennode.comus-3.evennode.comus-4.evennode.comusantiques.museum"
    "ushiku.ibaraki.jpusr.cloud.muni.czvallee-d-aoste.itversailles.museumvlaanderen.museum"
    "vm.bytemark.co.ukwakasa.tottori.jpwarabi.saitama.jpwien.funkfeuer.atworkinggroup.aero"
    "xn--41a.xn--p1acfxn--5su34j936bgsgxn--bck1b9a5dre4cxn--bjarky-fya.noxn--bjddar-pta.no"
    "xn--brnny-wuac.noxn--d5qv7z876c.jpxn--djrs72d6uy.jpxn--h1aegh.museumxn--indery-fya.no"
    "xn--jlster-bya.noxn--kfjord-iua.noxn--krager-gya.noxn--kvitsy-fya.noxn--lesund-hua.no"
    "xn--merker-kua.noxn--mgba3a4fra.irxn--mgbah1a3hjkrdxn--mgbai9azgqp6jxn--mgberp4a5d4ar"
    "xn--mlselv-iua.noxn--moreke-jua.noxn--mosjen-eya.noxn--ntso0iqx3a.jpxn--ostery-fya.no"
    "xn--rmskog-bya.noxn--ryrvik-bya.noxn--skierv-uta.noxn--srfold-bya.noxn--unjrga-rta.no"
    "xn--vgsy-qoa0j.noxn--vrggt-xqad.noxn--xkc2dl3a5ee0hyahiko.niigata.jpyaizu.shizuoka.jp"
    "yakage.okayama.jpyakumo.shimane.jpyamada.fukuoka.jpyashio.saitama.jpyasugi.shimane.jp"
    "yasuoka.nagano.jpyawara.ibaraki.jpyokoze.saitama.jpyonago.tottori.jpyoshioka.gunma.jp"
    "yuasa.wakayama.jpyusuhara.kochi.jpyuzawa.niigata.jpzamami.okinawa.jpzoological.museum"
    "zushi.kanagawa.jp123hjemmeside.dk123hjemmeside.noa.ssl.fastly.netabu.yamaguchi.jpagano.niigata.jp"
    "akagi.shimane.jpakamaiorigin.netakiruno.tokyo.jpambulance.museumamericana.museumamsterdam.museum"
    "annefrank.museumaomori.aomori.jparai.shizuoka.jparakawa.tokyo.jparao.kumamoto.jparboretum.museum"
    "artcenter.museumasahi.ibaraki.jpasaka.saitama.jpascoli-piceno.itastronomy.museumat-band-camp.net"
    "australia.museumauthgearapps.comazure-mobile.netb.ssl.fastly.netbaltimore.museumbando.ibaraki.jp"
    "barcelona.museumbci.dnstrace.probeauxarts.museumbiei.hokkaido.jpbizen.okayama.jpblackbaudcdn.net"
    "botanical.museumbroadcast.museumbruxelles.museumbungoono.oita.jpbuzen.fukuoka.jpca.reclaim.cloud"
    "caltanissetta.itcambridge.museumcampinagrande.brcarrara-massa.itchildrens.museumchiyoda.gunma.jp"
    "chiyoda.tokyo.jpchizu.tottori.jpchocolate.museumcity.kawasaki.jpcity.yokohama.jpclicketcloud.com"
    "cloudaccess.hostcommunity-pro.decommunity.museumcranbrook.museumcs.keliweb.clouddaigo.ibaraki.jp"
    "dellogliastra.itdeno-staging.devdielddanuorri.nodiscovery.museumdivttasvuotna.nodreamhosters.com"
    "dynamic-dns.infoeastcoast.museumedogawa.tokyo.jpeiheiji.fukui.jpeisenbahn.museumemiliaromagna.it"
    "esan.hokkaido.jpethnology.museumeu.encoway.cloudeu.meteorapp.comfantasyleague.ccfarmstead.museum"
    "fedorapeople.orgfilatelia.museumflynnhosting.netfortworth.museumframercanvas.comfrancaise.museum"
    "frankfurt.museumfriulivgiulia.itfuji.shizuoka.jpfujimi.nagano.jpfujioka.gunma.jpfukudomi.saga.jp"
    "furniture.museumfuturehosting.atfuturemailing.atgeelvinck.museumgentlentapis.comgiehtavuoatna.no"
    "gobo.wakayama.jpgonohe.aomori.jpgosen.niigata.jpgoshiki.hyogo.jpgotsu.shimane.jpguovdageaidnu.no"
    "hachijo.tokyo.jphakuba.nagano.jpham-radio-op.nethamatama.saga.jphanggliding.aerohanno.saitama.jp"
    "hanyu.saitama.jphekinan.aichi.jphiraya.nagano.jphonjo.saitama.jpibara.okayama.jpibaraki.osaka.jp"
    "iheya.okinawa.jpiide.yamagata.jpiijima.nagano.jpiiyama.nagano.jpiizuna.nagano.jpimabari.ehime.jp"
    "impertrixcdn.cominagawa.hyogo.jpinazawa.aichi.jpinuyama.aichi.jpiruma.saitama.jpis-a-blogger.com"
    "is-a-caterer.comis-a-liberal.comis-a-painter.comis-a-patsfan.orgis-a-student.comis-a-teacher.com"
    "is-an-artist.comis-certified.comis-into-cars.comis-very-evil.orgis-very-good.orgis-very-nice.org"
    "isa.kagoshima.jpisesaki.gunma.jpisleofman.museumisshiki.aichi.jpitako.ibaraki.jpitakura.gunma.jp"
    "iwakura.aichi.jpiwama.ibaraki.jpizena.okinawa.jpj.scaleforce.netjefferson.museumjerusalem.museum"
    "jewishart.museumjohana.toyama.jpkaga.ishikawa.jpkai.yamanashi.jpkaizuka.osaka.jpkakuda.miyagi.jp"
    "kameoka.kyoto.jpkamimine.saga.jpkamioka.akita.jpkamitsue.oita.jpkarikatur.museumkarumai.iwate.jp"
    "kasahara.gifu.jpkashiwa.chiba.jpkasugai.aichi.jpkawakami.nara.jpkijo.miyazaki.jpkimitsu.chiba.jp"
    "kitagata.gifu.jpkitagata.saga.jpkitahata.saga.jpkodaira.tokyo.jpkoganei.tokyo.jpkomoro.nagano.jp"
    "koya.wakayama.jpkoza.wakayama.jpkui.hiroshima.jpkunisaki.oita.jpkurobe.toyama.jpkurotaki.nara.jp"
    "kusatsu.gunma.jpkusatsu.shiga.jpmachida.tokyo.jpmaibara.shiga.jpmaintenance.aeromaizuru.kyoto.jp"
    "map.fastlylb.netmassa-carrara.itmatsudo.chiba.jpmatsuno.ehime.jpmatsusaka.mie.jpmatta-varjjat.no"
    "mesaverde.museumminamiise.mie.jpminnesota.museumminokamo.gifu.jpmisato.miyagi.jpmisawa.aomori.jp"
    "mitoyo.kagawa.jpmiyada.nagano.jpmiyoshi.aichi.jpmiyota.nagano.jpmizunami.gifu.jpmonza-brianza.it"
    "monzaebrianza.itmorioka.iwate.jpmuika.niigata.jpmurata.miyagi.jpmyhome-server.demyoko.niigata.jp"
    "myshopblocks.commyspreadshop.netnagano.nagano.jpnagawa.nagano.jpnagiso.nagano.jpnaie.hokkaido.jp"
    "nakagyo.kyoto.jpnakano.nagano.jpnanbu.tottori.jpnanjo.okinawa.jpnankoku.kochi.jpnanmoku.gunma.jp"
    "natori.miyagi.jpnewjersey.museumnewmexico.museumnewspaper.museumnieruchomosci.plniihama.ehime.jp"
    "niimi.okayama.jpniiza.saitama.jpniki.hokkaido.jpnikko.tochigi.jpnishi.fukuoka.jpnisshin.aichi.jp"
    "noheji.aomori.jpnomi.ishikawa.jpnore-og-uvdal.nonosegawa.nara.jpnoshiro.akita.jpnyuzen.toyama.jp"
    "oarai.ibaraki.jpofficial.academyofunato.iwate.jpogano.saitama.jpogawa.ibaraki.jpogawa.saitama.jp"
    "ogimi.okinawa.jpogori.fukuoka.jpogose.saitama.jpohira.tochigi.jpoirase.aomori.jpoiso.kanagawa.jp"
    "ojiya.niigata.jpokazaki.aichi.jpokutama.tokyo.jpomigawa.chiba.jpomiya.saitama.jpomuta.fukuoka.jp"
    "on-rancher.cloudonflashdrive.apponojo.fukuoka.jpookuwa.nagano.jpotaki.saitama.jpotsuchi.iwate.jp"
    "oumu.hokkaido.jpoyama.tochigi.jpoystre-slidre.nopaderborn.museumpagefrontapp.comparachuting.aero"
    "paragliding.aeroparoch.k12.ma.uspesaro-urbino.itphilately.museumplurinacional.bopostman-echo.com"
    "pro.typeform.compublishproxy.comquipelements.comreggio-emilia.itrochester.museums3.amazonaws.com"
    "sakahogi.gifu.jpsakai.ibaraki.jpsakaki.nagano.jpsakuho.nagano.jpsanjo.niigata.jpsantacruz.museum"
    "sanuki.kagawa.jpsatte.saitama.jpseiro.niigata.jpsemboku.akita.jpsemine.miyagi.jpsensiosite.cloud"
    "servesarcasm.comservice.gov.scotshibuya.tokyo.jpshiki.saitama.jpshingo.aomori.jpshirako.chiba.jp"
    "shitara.aichi.jpskedsmokorset.nosoeda.fukuoka.jpsoo.kagoshima.jpsouthwest.museumstage.nodeart.io"
    "starnberg.museumstarostwo.gov.plstockholm.museumstreamlitapp.comstuff-4-sale.orgstuttgart.museum"
    "suifu.ibaraki.jpsuzaka.nagano.jpsuzu.ishikawa.jptabitorder.co.iltadaoka.osaka.jptagajo.miyagi.jp"
    "takagi.nagano.jptakatori.nara.jptakayama.gifu.jptatsuno.hyogo.jpteaches-yoga.comtogura.nagano.jp"
    "tokai.ibaraki.jptomioka.gunma.jptomiya.miyagi.jptonami.toyama.jptoshima.tokyo.jptowada.aomori.jp"
    "toya.hokkaido.jptoyama.toyama.jptoyoake.aichi.jptoyooka.hyogo.jptraeumtgerade.detransport.museum"
    "try-snowplow.comtsuga.tochigi.jptsuruga.fukui.jpube.yamaguchi.jpujiie.tochigi.jpuk.reclaim.cloud"
    "ukiha.fukuoka.jpunnan.shimane.jpurawa.saitama.jpurayasu.chiba.jpurbino-pesaro.ituruma.okinawa.jp"
    "us.reclaim.cloudusculture.museumusercontent.googushistory.museumuwajima.ehime.jpvaler.hedmark.no"
    "valer.ostfold.novalle-d-aosta.itvestre-slidre.novibo-valentia.itvirtualserver.iovultrobjects.com"
    "wakuya.miyagi.jpwanouchi.gifu.jpwatari.miyagi.jpwellbeingzone.euwestfalen.museumwoltlab-demo.com"
    "workisboring.comwphostedmail.comxn--0trq7p7nn.jpxn--avery-yua.noxn--bidr-5nac.noxn--bievt-0qa.no"
    "xn--drbak-wua.noxn--finny-yua.noxn--fjord-lra.noxn--fzys8d69uvgmxn--gjvik-wua.noxn--hbmer-xqa.no"
    "xn--hpmir-xqa.noxn--karmy-yua.noxn--ksnes-uua.noxn--lgrd-poac.noxn--lhppi-xqa.noxn--linds-pra.no"
    "xn--loabt-0qa.noxn--lrdal-sra.noxn--mgba7c0bbn0axn--mgbcpq6gpa1axn--mgbqly7cvafrxn--msy-ula0h.no"
    "xn--muost-0qa.noxn--nry-yla5g.noxn--osyro-wua.noxn--rholt-mra.noxn--rland-uua.noxn--rskog-uua.no"
    "xn--ryken-vua.noxn--sandy-yua.noxn--seral-lra.noxn--sknit-yqa.noxn--snase-nra.noxn--trany-yua.no"
    "xn--troms-zua.noxn--tysvr-vra.noxn--vry-yla5g.noxn--xkc2al3hye2ayachiyo.chiba.jpyaese.okinawa.jp"
    "yaita.tochigi.jpyamada.toyama.jpyamagata.gifu.jpyasaka.nagano.jpyashiro.hyogo.jpyoita.niigata.jp"
    "yokkaichi.mie.jpyorii.saitama.jpyorkshire.museumyura.wakayama.jpyuu.yamaguchi.jpyuza.yamagata.jp"
    "zama.kanagawa.jp123paginaweb.ptactivetrail.bizadachi.tokyo.jpairguard.museumairtraffic.aero"
    "akashi.hyogo.jpalp1.ae.flow.chamericanexpressann-arbor.mi.usannaka.gunma.jpanpachi.gifu.jp"
    "aogaki.hyogo.jpaosta-valley.itaquarium.museumasahi.nagano.jpasahi.toyama.jpascolipiceno.it"
    "ashiya.hyogo.jpasmatart.museumaso.kumamoto.jpaviation.museumaya.miyazaki.jpazimuth.network"
    "backplaneapp.iobahccavuotna.noballooning.aerobarsycenter.combarsyonline.combaseball.museum"
    "bato.tochigi.jpbellevue.museumberkeley.museumblogspot.com.arblogspot.com.aublogspot.com.br"
    "blogspot.com.byblogspot.com.coblogspot.com.cyblogspot.com.eeblogspot.com.egblogspot.com.es"
    "blogspot.com.mtblogspot.com.ngblogspot.com.trblogspot.com.uybrussels.museumbuilding.museum"
    "bunkyo.tokyo.jpbzz.dapps.earthcable-modem.orgcadaques.museumcampaign.gov.ukcarraramassa.it"
    "catholic.edu.aucesena-forli.itchildren.museumchino.nagano.jpchiryu.aichi.jpchonan.chiba.jp"
    "chosei.chiba.jpchoshi.chiba.jpchuo.fukuoka.jpcity.sapporo.jpcivilwar.museumclickrising.net"
    "cloudaccess.netcolumbus.museumcomputer.museumconference.aeroconsultant.aeroconsulting.aero"
    "corvette.museumcreation.museumcryptonomic.netcultural.museumdaemon.panel.ggdaisen.akita.jp"
    "database.museumdev.static.landdevelopment.rundiher.solutionsdinosaur.museumdiscordsays.com"
    "discourse.groupdiskstation.orgditchyourip.comdivtasvuodna.nodoesntexist.comdoesntexist.org"
    "donostia.museumdyndns-blog.comdyndns-free.comdyndns-home.comdyndns-mail.comdyndns-pics.com"
    "dyndns-wiki.comdyndns-work.comdyndns.ddnss.deedgecompute.appegyptian.museumelementor.cloud"
    "ent.platform.shepilepsy.museumex.futurecms.atfashionstore.jpfastly-edge.comfederation.aero"
    "figueres.museumfinearts.museumfirebaseapp.comflanders.museumforgeblocks.comforgot.her.name"
    "forgot.his.nameforli-cesena.itfreedesktop.orgfreiburg.museumfribourg.museumfuchu.toyama.jp"
    "fundacio.museumfuttsu.chiba.jpgeisei.kochi.jpgojome.akita.jpgotpantheon.comgovernment.aero"
    "groks-this.infogs.jan-mayen.noguernsey.museumhaga.tochigi.jphammarfeasta.nohamura.tokyo.jp"
    "hannan.osaka.jphappou.akita.jpharima.hyogo.jphashima.gifu.jphattfjelldal.nohelsinki.museum"
    "hichiso.gifu.jphidaka.kochi.jphikone.shiga.jphimeji.hyogo.jphino.tottori.jphinode.tokyo.jp"
    "hirono.iwate.jphistoire.museumhome.dyndns.orghonjyo.akita.jphorology.museumhosting.ovh.net"
    "hostyhosting.ioibigawa.gifu.jpid.forgerock.ioikaruga.nara.jpikeda.nagano.jpiki.nagasaki.jp"
    "imizu.toyama.jpin-the-band.netin.futurecms.atinami.toyama.jpinstantcloud.cninternet-dns.de"
    "is-a-doctor.comis-a-hunter.comis-a-knight.orgis-a-lawyer.comis-a-player.comis-a-soxfan.org"
    "is-a-techie.comis-an-actor.comis-uberleet.comis-very-bad.orgitcouldbewor.seito.shizuoka.jp"
    "jelenia-gora.pljoboji.iwate.jpjoso.ibaraki.jpjournalist.aerokadoma.osaka.jpkagami.kochi.jp"
    "kaho.fukuoka.jpkameyama.mie.jpkamo.niigata.jpkanmaki.nara.jpkanzaki.saga.jpkaratsu.saga.jp"
    "kariya.aichi.jpkashiba.nara.jpkashima.saga.jpkasuga.hyogo.jpkatano.osaka.jpkatori.chiba.jp"
    "kawaba.gunma.jpkazo.saitama.jpkazuno.akita.jpkerrypropertieskhmelnitskiy.uakhmelnytskyi.ua"
    "kihoku.ehime.jpkisosaki.mie.jpkiyose.tokyo.jpkiyosu.aichi.jpknowsitall.infokoga.fukuoka.jp"
    "koga.ibaraki.jpkoge.tottori.jpkokonoe.oita.jpkomaki.aichi.jpkonsulat.gov.plkosaka.akita.jp"
    "kouhoku.saga.jpkozaki.chiba.jpkristiansand.nokristiansund.nokrokstadelva.nokuki.saitama.jp"
    "kunohe.iwate.jpkyonan.chiba.jpkyuragi.saga.jplaakesvuemie.nolcube-server.delima-city.rocks"
    "loyalist.museummallorca.museummanno.kagawa.jpmansions.museummaritime.museummaritimo.museum"
    "maryland.museummasaki.ehime.jpmassacarrara.itmeguro.tokyo.jpmemorial.museummesswithdns.com"
    "miasa.nagano.jpmibu.tochigi.jpmichigan.museummicrolight.aeromidori.chiba.jpmidori.gunma.jp"
    "mihama.aichi.jpmihama.chiba.jpmihama.fukui.jpmihara.kochi.jpmiho.ibaraki.jpmilitary.museum"
    "minami.kyoto.jpminato.osaka.jpminato.tokyo.jpmisaki.osaka.jpmisato.akita.jpmisconfused.org"
    "mitaka.tokyo.jpmitane.akita.jpmito.ibaraki.jpmiyako.iwate.jpmiyazu.kyoto.jpmizuho.tokyo.jp"
    "mobara.chiba.jpmoka.tochigi.jpmonmouth.museummontreal.museummonzabrianza.itmozilla-iot.org"
    "muenchen.museummuenster.museummulhouse.museummuroto.kochi.jpmutsu.aomori.jpmy-firewall.org"
    "mymailer.com.twmyspreadshop.atmyspreadshop.bemyspreadshop.camyspreadshop.chmyspreadshop.de"
    "myspreadshop.dkmyspreadshop.esmyspreadshop.fimyspreadshop.frmyspreadshop.iemyspreadshop.it"
    "myspreadshop.nlmyspreadshop.nomyspreadshop.plmyspreadshop.senagara.chiba.jpnagi.okayama.jp"
    "nago.okinawa.jpnaha.okinawa.jpnahari.kochi.jpnakano.tokyo.jpnantan.kyoto.jpnanto.toyama.jp"
    "narita.chiba.jpnasu.tochigi.jpnational.museumnaumburg.museumnavigation.aeronebraska.museum"
    "nerima.tokyo.jpnes.akershus.nones.buskerud.nonesoddtangen.nonikaho.akita.jpninohe.iwate.jp"
    "nishio.aichi.jpnogi.tochigi.jpnoticeable.newsnumata.gunma.jpobuse.nagano.jpogawa.nagano.jp"
    "oguchi.aichi.jpohda.shimane.jpohira.miyagi.jpoizumi.gunma.jpokaya.nagano.jpolbia-tempio.it"
    "onga.fukuoka.jponjuku.chiba.jponna.okinawa.jpopensocial.siteos.hordaland.noosaki.miyagi.jp"
    "otaki.nagano.jpotari.nagano.jpotsuki.kochi.jpowani.aomori.jpownprovider.comoyabe.toyama.jp"
    "ozu.kumamoto.jppaas.beebyte.iopantheonsite.iopasadena.museumperspecta.cloudpesarourbino.it"
    "pharmacy.museumphx.enscaled.usplatformsh.siteplatter-app.complatter-app.devportland.museum"
    "presidio.museumproduction.aeroqualifioapp.comrailroad.museumrecreation.aeroreggioemilia.it"
    "research.museumrotorcraft.aerosado.niigata.jpsakae.nagano.jpsakawa.kochi.jpsakura.chiba.jp"
    "sakurai.nara.jpsalzburg.museumsandiego.museumsandnessjoen.nosandvikcoromantsannan.hyogo.jp"
    "sano.tochigi.jpscotland.museumsells-for-u.comsennan.osaka.jpservehumour.comsettlers.museum"
    "settsu.osaka.jpshiftcrypto.devshingu.hyogo.jpshinto.gunma.jpshiroi.chiba.jpshisui.chiba.jp"
    "shoo.okayama.jpshop.brendly.rssite.transip.mesoja.okayama.jpsoka.saitama.jpsor-varanger.no"
    "sowa.ibaraki.jpstalbans.museumstalowa-wola.plstarachowice.plstorebase.storestuff-4-sale.us"
    "stufftoread.comsukumo.kochi.jpsumida.tokyo.jpsumita.iwate.jpsumoto.hyogo.jpsusaki.kochi.jp"
    "svizzera.museumsweetpepper.orgtahara.aichi.jptaira.toyama.jptaishi.hyogo.jptaishi.osaka.jp"
    "taiwa.miyagi.jptajiri.osaka.jptakino.hyogo.jptakko.aomori.jptempio-olbia.ittenkawa.nara.jp"
    "toda.saitama.jptogane.chiba.jptoho.fukuoka.jptone.ibaraki.jptopology.museumtoyone.aichi.jp"
    "toyono.osaka.jptoyota.aichi.jptranslated.pagetsukumi.oita.jpuchiko.ehime.jpuki.kumamoto.jp"
    "undersea.museumurbinopesaro.itureshino.mie.jpusgarden.museumusui.fukuoka.jputazu.kagawa.jp"
    "valle-daosta.itvalled-aosta.itvallee-aoste.itvalleedaoste.itvestre-toten.novibovalentia.it"
    "virginia.museumvirtual-user.devoorloper.cloudwakasa.fukui.jpwake.okayama.jpwallonie.museum"
    "washtenaw.mi.uswazuka.kyoto.jpwebpaas.ovh.netwebredirect.orgwildlife.museumwindmill.museum"
    "withyoutube.comworkshop.museumxn--7t0a264c.jpxn--andy-ira.noxn--asky-ira.noxn--blt-elab.no"
    "xn--bmlo-gra.noxn--brum-voa.noxn--dnna-gra.noxn--dyry-ira.noxn--flor-jra.noxn--frde-gra.no"
    "xn--frna-woa.noxn--frya-hra.noxn--gls-elac.noxn--hobl-ira.noxn--i1b6b1a6a2exn--kcrx77d1x4a"
    "xn--klbu-woa.noxn--lgbbat1ad8jxn--lten-gra.noxn--lury-ira.noxn--mely-ira.noxn--mgbaakc7dvf"
    "xn--mgbc0a9azcgxn--mori-qsa.nzxn--nqv7fs00emaxn--rady-ira.noxn--rdal-poa.noxn--rdy-0nab.no"
    "xn--risa-5na.noxn--risr-ira.noxn--rros-gra.noxn--rsta-fra.noxn--sgne-gra.noxn--skjk-soa.no"
    "xn--slat-5na.noxn--slt-elab.noxn--smla-hra.noxn--smna-gra.noxn--snes-poa.noxn--snsa-roa.no"
    "xn--srum-gra.noxn--tjme-hra.noxn--trna-woa.noxn--vads-jra.noxn--vard-jra.noxn--vgan-qoa.no"
    "xn--zf0ao64a.twyahaba.iwate.jpyamada.iwate.jpyamazoe.nara.jpyame.fukuoka.jpyasuda.kochi.jp"
    "yatomi.aichi.jpyawata.kyoto.jpyazu.tottori.jpyokawa.hyogo.jpyokote.akita.jpyono.saitama.jp"
    "yosemite.museumyuki.ibaraki.jpzaporizhzhia.ua123homepage.it123kotisivu.fi123webseite.at"
    "123webseite.de3utilities.comabeno.osaka.jpabiko.chiba.jpacademy.museumaerobatic.aeroaerodrome.aero"
    "aga.niigata.jpainan.ehime.jpairkitapps.comaisai.aichi.jpaisho.shiga.jpaivencloud.comakamaiedge.net"
    "alabama.museumalessandria.italtervista.orgalwaysdata.netama.shimane.jpambulance.aeroamericanfamily"
    "ami.ibaraki.jpamscompute.comamusement.aeroanan.nagano.jpaoki.nagano.jpaostavalley.itapi.stdlib.com"
    "app.render.comapps.fbsbx.comarchitectes.bjariake.saga.jparkhangelsk.suartdeco.museumasahi.chiba.jp"
    "asuke.aichi.jpatlanta.museumaus.basketballayabe.kyoto.jpbadajoz.museumbaghdad.museumbahcavuotna.no"
    "bananarepublicbasicserver.iobc.platform.shbeagleboard.iobearalvahki.nobergbau.museumbetainabox.com"
    "better-than.tvbirdart.museumblogspot.co.atblogspot.co.idblogspot.co.ilblogspot.co.keblogspot.co.nz"
    "blogspot.co.ukblogspot.co.zabo.nordland.nobo.telemark.noboleslawiec.plbookonline.appbristol.museum"
    "british.museumbronnoysund.nobrussel.museumburghof.museumbuyshouses.netcanva-apps.comcarrier.museum"
    "castres.museumcesenaforli.itchicago.museumchita.aichi.jpchofu.tokyo.jpchtr.k12.ma.usciscofreak.com"
    "city.nagoya.jpcity.sendai.jpclerkstage.appclinton.museumcloudfront.netcns.joyent.comcoldwar.museum"
    "collegefan.orgcompute.estateconvent.museumcookingchannelcooperativa.bocostume.museumdaito.osaka.jp"
    "damnserver.comdattolocal.comdattolocal.netdattorelay.comdavvenjarga.nodenmark.museumdetroit.museum"
    "discordsez.comdiscourse.teamdiskstation.eudiskstation.mednsiskinky.comdnsupdate.infodyn-o-saur.com"
    "dyn.cosidns.dedyndns-web.comeasypanel.hostelementor.coolemergency.aeroengland.museumequipment.aero"
    "eu.platform.shex.ortsinfo.atfarmers.museumfaststacks.netfh-muenster.iofilegear-au.mefilegear-de.me"
    "filegear-gb.mefilegear-ie.mefilegear-jp.mefilegear-sg.mefineart.museumfinland.museumflekkefjord.no"
    "florida.museumfor-better.bizforlicesena.itframer.websitefredrikstad.nofreebox-os.comfuchu.tokyo.jp"
    "fudai.iwate.jpfukui.fukui.jpfussa.tokyo.jpgame-server.ccgateway.museumgeekgalaxy.comgenkai.saga.jp"
    "geology.museumgeorgia.museumgiessen.museumgoogleapis.comgooglecode.comgroks-the.infogs.svalbard.no"
    "hamburg.museumhanda.aichi.jphandcrafted.jphandson.museumhara.nagano.jphasama.oita.jpheguri.nara.jp"
    "himi.toyama.jphobby-site.comhobby-site.orgholmestrand.nohomebuilt.aerohonai.ehime.jpiida.nagano.jp"
    "ikawa.akita.jpikeda.fukui.jpikeda.osaka.jpina.ibaraki.jpina.saitama.jpinagi.tokyo.jpindiana.museum"
    "insurance.aeroinzai.chiba.jpis-a-green.comis-a-llama.comis-a-nurse.comiservschule.deisumi.chiba.jp"
    "itami.hyogo.jpiwate.iwate.jpizumi.osaka.jpjamison.museumjewelry.museumjotelulu.cloudjudaica.museum"
    "kami.miyagi.jpkanan.osaka.jpkanie.aichi.jpkanna.gunma.jpkanra.gunma.jpkasai.hyogo.jpkawagoe.mie.jp"
    "kawai.iwate.jpkawaue.gifu.jpkerrylogisticskin.okinawa.jpkiryu.gunma.jpkiso.nagano.jpkiyama.saga.jp"
    "knx-server.netkochi.kochi.jpkomae.tokyo.jpkonan.aichi.jpkonan.shiga.jpkongsvinger.nokosei.shiga.jp"
    "kuleuven.cloudkyowa.akita.jplajolla.museumland-4-sale.uslarsson.museumleangaviika.nolikescandy.com"
    "lillehammer.nolincoln.museumlinkyard.cloudloginline.sitelogistics.aeroloseyourip.comlucerne.museum"
    "malatvuopmi.nomansion.museummap.fastly.netmarburg.museummedical.museummeiwa.gunma.jpminiserver.com"
    "minoh.osaka.jpmissile.museummitake.gifu.jpmitsue.nara.jpmiyake.nara.jpmodelling.aeromotosu.gifu.jp"
    "myfirewall.orgnedre-eiker.nonet-freaks.comnewport.museumnewyork.museumnishi.osaka.jpnord-aurdal.no"
    "nordre-land.nonorfolk.museumnorthflank.appobama.fukui.jpodate.akita.jpoe.yamagata.jpoharu.aichi.jp"
    "oi.kanagawa.jpokawa.kochi.jpoki.fukuoka.jpolbiatempio.itomachi.saga.jpomi.niigata.jpon-aptible.com"
    "ontario.museumopenair.museumoperaunite.comorangecloud.tnostre-toten.nootaki.chiba.jpoto.fukuoka.jp"
    "otoyo.kochi.jppacific.museumpharmaciens.kmphoenix.museumpoint2this.comprofesional.boproject.museum"
    "quicksytes.comrahkkeravju.norailway.museumread-books.orgreadmyblog.orgreadthedocs.ioredirectme.net"
    "resindevice.iorifu.miyagi.jpritto.shiga.jprockart.museumryuoh.shiga.jps3.teckids.orgsabae.fukui.jp"
    "saijo.ehime.jpsakae.chiba.jpsakai.fukui.jpsakai.osaka.jpsaku.nagano.jpsakyo.kyoto.jpsanda.hyogo.jp"
    "santafe.museumsaobernardo.brschokokeks.netschulserver.deschweiz.museumscientist.aeroseaport.museum"
    "seika.kyoto.jpseiyo.ehime.jpsenseering.netservequake.comservice.gov.ukshiftcrypto.ioshinjo.nara.jp"
    "shiso.hyogo.jpshiwa.iwate.jpshopitsite.comshopselect.netshopware.storeshowa.gunma.jpsibenik.museum"
    "simple-url.comskydiving.aeroskygearapp.comsologne.museumsondre-land.nostation.museumstor-elvdal.no"
    "sue.fukuoka.jpsuita.osaka.jpsvc.firenet.chswinoujscie.plsynology-ds.detaito.tokyo.jptajimi.gifu.jp"
    "taketa.oita.jptamba.hyogo.jptele.amune.orgtempioolbia.ittextile.museumtheater.museumtoga.toyama.jp"
    "tokai.aichi.jptome.miyagi.jptomi.nagano.jptomika.gifu.jptranslate.googtrolley.museumtrustee.museum"
    "tselinograd.sutvedestrand.noueda.nagano.jpumaji.kochi.jpumi.fukuoka.jpuozu.toyama.jpus.platform.sh"
    "user.party.eususercontent.jpushuaia.museumval-d-aosta.itvalle-aosta.itvalledaosta.itvalleeaoste.it"
    "veterinaire.frveterinaire.kmvillage.museumvipsinaapp.comvirtual.museumvirtualuser.devirtuel.museum"
    "vladikavkaz.ruvladikavkaz.suvossevangen.nowada.nagano.jpwafflecell.comwatarai.mie.jpweatherchannel"
    "webspace.rockswestern.museumwhaling.museumwithgoogle.comwpdevcloud.comxn--1lqs03n.jpxn--1lqs71d.jp"
    "xn--2m4a15e.jpxn--32vp30h.jpxn--4it168d.jpxn--4it797k.jpxn--54b7fta0ccxn--5js045d.jpxn--5rtp49c.jp"
    "xn--5rtq34k.jpxn--6qq986b3xlxn--80aqecdr1axn--8ltr62k.jpxn--b4w605ferdxn--bod-2na.noxn--czrw28b.tw"
    "xn--ehqz56n.jpxn--elqq16h.jpxn--f6qx53a.jpxn--fiq228c5hsxn--gmq050i.hkxn--h2breg3evexn--jlq480n2rg"
    "xn--k7yn95e.jpxn--klt787d.jpxn--lcvr32d.hkxn--lt-liac.noxn--mgba3a3ejtxn--mgbaam7a8hxn--mgbayh7gpa"
    "xn--mgbbh1a71exn--mgbca7dzdoxn--mgbi4ecexpxn--mgbx4cd0abxn--mkru45i.jpxn--mli-tla.noxn--mot-tla.no"
    "xn--nit225k.jpxn--ntsq17g.jpxn--od0aq3b.hkxn--pssu33l.jpxn--qqqt11m.jpxn--rde-ula.noxn--rst-0na.no"
    "xn--rvc1e0am3exn--tor131o.jpxn--uc0ay4a.hkxn--uist22h.jpxn--uuwu58a.jpxn--vg-yiab.noxn--vgu402c.jp"
    "xn--wcvs22d.hkxn--yer-zna.noxn--zbx025d.jpyaotsu.gifu.jpzaporizhzhe.uazoology.museum123minsida.se"
    "123siteweb.fr123website.be123website.ch123website.lu123website.nl1337.picturesaccesscam.org"
    "aeroclub.aeroaioi.hyogo.jpaircraft.aeroairkitapps.euakamaized.netaknoluokta.noaktyubinsk.su"
    "alaska.museumalces.networkanjo.aichi.jpanthro.museumassisi.museumaustin.museumazerbaijan.su"
    "babia-gora.plbalestrand.nobarsy.supportbasilicata.itbauern.museumbeppu.oita.jpberlin.museum"
    "bialowieza.plbieszczady.plbilbao.museumbitbridge.netboston.museumbotany.museumbrasil.museum"
    "brumunddal.nobrunel.museumbushey.museumcahcesuolo.nocampobasso.itcanada.museumcanva-apps.cn"
    "castle.museumcatering.aerocdn-edges.netcdn77-ssl.netceltic.museumchernivtsi.uachernovtsy.ua"
    "chuo.chiba.jpchuo.osaka.jpchuo.tokyo.jpcinema.museumcircus.museumcleverapps.iocloudera.site"
    "co.technologycodeberg.pagecounty.museumdallas.museumdavvesiida.nodemocracia.bodeveloper.app"
    "dnsupdater.dedontexist.comdontexist.netdontexist.orgdurham.museumdyn-berlin.dedynathome.net"
    "dyndns-ip.comeasypanel.appedgesuite.neteducator.aeroelburg.museumencoreapi.comengineer.aero"
    "exchange.aeroexeter.museumfamily.museumframer.photosfreebox-os.frfreeboxos.comfreesite.host"
    "frenchkiss.jpfuso.aichi.jpfylkesbibl.nog.vbrplsbx.iogame-host.orggamo.shiga.jpgangaviika.no"
    "ginan.gifu.jpgirlfriend.jpgo.dyndns.orghagebostad.nohammerfest.nohasura-app.iohawaii.museum"
    "hazu.aichi.jphb.cldmail.ruhealth.museumhellas.museumherokuapp.comherokussl.comhizen.saga.jp"
    "hjelmeland.nohomelinux.comhomelinux.nethomelinux.orgiamallama.comikeda.gifu.jpikoma.nara.jp"
    "iliadboxos.itimari.saga.jpimpertrix.comindian.museuminternationalis-a-chef.comis-a-chef.net"
    "is-a-chef.orgis-a-geek.comis-a-geek.netis-a-geek.orgis-a-guru.comisteingeek.dejdevcloud.com";

inline constexpr char psl_chunk_1[] =
    "jelastic.teamjewish.museumjoyo.kyoto.jpk8s.scw.cloudkami.kochi.jpkamo.kyoto.jpkarasjohka.no"
    "karate.museumkasserver.comkautokeino.nokawai.nara.jpkawaiishop.jpkeymachine.dekicks-ass.net"
    "kicks-ass.orgkilatiron.comkira.aichi.jpkirovograd.uakita.kyoto.jpkita.osaka.jpkita.tokyo.jp"
    "kizu.kyoto.jpkobierzyce.plkoka.shiga.jpkomono.mie.jpkonskowola.plkoobin.eventskoryo.nara.jp"
    "kota.aichi.jpkoto.shiga.jpkoto.tokyo.jpkrodsherad.nokuji.iwate.jpkumano.mie.jpkuwana.mie.jp"
    "kvinnherad.nolabour.museumlandes.museumlebtimnetz.deleitungsen.delifeinsurancelikes-pie.com"
    "littlestar.jpliving.museumlocalzone.xyzloginline.apploginline.devlolitapunk.jplondon.museum"
    "louvre.museumluzern.museummadrid.museummagazine.aeromalopolska.plmangyshlak.sumasfjorden.no"
    "mayfirst.infomediatech.devmeeres.museummein-iserv.demein-vigor.demeinforum.netmigration.run"
    "mihama.mie.jpmiki.hyogo.jpminers.museummining.museummircloud.hostmisugi.mie.jpmiyama.mie.jp"
    "mo-siemens.iomock.pstmn.iomodern.museummoonscale.netmoscow.museummovimiento.bomuko.kyoto.jp"
    "muncie.museummuseet.museummy-gateway.demyasustor.commydissent.netmymediapc.netmyshopify.com"
    "mytabit.co.ilnabari.mie.jpnamdalseid.nonamsskogan.nonature.museumnh-serv.co.ukniepce.museum"
    "noda.chiba.jpnoda.iwate.jpnog.communitynose.osaka.jpnovecore.sitenz.basketballogaki.gifu.jp"
    "omasvuotna.noon-the-web.tvonavstack.netonfabrica.comonline.museumonthewifi.comoregon.museum"
    "os.hedmark.nooshu.iwate.jpostrowwlkp.plotsu.shiga.jpouchi.saga.jpovre-eiker.nooxford.museum"
    "oyodo.nara.jppalace.museumpanama.museumparliament.nzpharmacien.frpilots.museumplants.museum"
    "platform0.appportal.museumprochowice.plpublic.museumpvt.k12.ma.uspyatigorsk.ruquebec.museum"
    "r.appspot.comravendb.cloudravpage.co.ilrealestate.plresearch.aerorestaurant.bjrsc.cdn77.org"
    "russia.museumsaiki.oita.jpsandefjord.nosango.nara.jpsantamaria.brsantoandre.brsayo.hyogo.jp"
    "school.museumsebastopol.uaservebeer.comserveblog.netservegame.comservegame.orgservehttp.com"
    "servepics.comservices.aeroseto.aichi.jpsevastopol.uasimplesite.grsimplesite.plsmall-web.org"
    "snillfjord.nosoftware.aerosor-aurdal.nososa.chiba.jpspjelkavik.nosquare.museumstatics.cloud"
    "stjohn.museumstreamlit.appsuisse.museumsurrey.museumsuzuka.mie.jpsweden.museumswiebodzin.pl"
    "sydney.museumtaifun-dns.detaka.hyogo.jptako.chiba.jptamaki.mie.jptarnobrzeg.pltarui.gifu.jp"
    "tecnologia.botenri.nara.jptest-iserv.detheworkpc.comtobe.ehime.jptoei.aichi.jptogo.aichi.jp"
    "tono.iwate.jptoolforge.orgtoon.ehime.jptorino.museumtransporte.botravelchanneltuxfamily.org"
    "typedream.appueno.gunma.jpullensaker.noullensvang.nousarts.museumuser.srcf.netusuki.oita.jp"
    "val-daosta.itvald-aosta.itvalleaosta.itvantaa.museumvaporcloud.ioviking.museumvindafjord.no"
    "vps.myjino.ruwebhosting.bewolterskluwerworse-than.tvwzmiuw.gov.plxen.prgmr.comxn--55qx5d.cn"
    "xn--55qx5d.hkxn--6btw5a.jpxn--6orx2r.jpxn--8pvr4u.jpxn--c3s14m.jpxn--cckwcxetdxn--djty4k.jp"
    "xn--eckvdtc9dxn--efvn9s.jpxn--fl-zia.noxn--fpcrj9c3dxn--fzc2c9e2cxn--gmqw5a.hkxn--h2brj9c8c"
    "xn--io0a7i.cnxn--io0a7i.hkxn--kbrq7o.jpxn--kltp7d.jpxn--kltx9a.jpxn--klty5x.jpxn--mk0axi.hk"
    "xn--mxtq1m.hkxn--od0alg.cnxn--od0alg.hkxn--rht27z.jpxn--rht61e.jpxn--rny31h.jpxn--tiq49xqyj"
    "xn--uc0atv.hkxn--uc0atv.twxn--uisz3g.jpxn--yfro4i67oxn--ygbi2ammxxn--zf0avx.hkyabu.hyogo.jp"
    "yasu.shiga.jpyoka.hyogo.jpzao.miyagi.jpagrigento.itairline.aeroairport.aeroakamaihd.netako.hyogo.jp"
    "alaheadju.noalstahaug.noamber.museumandasuolo.noando.nara.jpaparecida.brapp.lmpm.comappchizi.com"
    "applinzi.comapps.lair.ioarvo.networkasahi.mie.jpaudnedaln.noaustevoll.noaustrheim.noautocode.dev"
    "ballangen.nobalsfjord.nobanzai.cloudbarsy.onlinebasel.museumbashkiria.rubashkiria.subaths.museum"
    "batsfjord.nobenevento.itbialystok.plbible.museumbitbucket.iobjerkreim.noblogsite.orgblogsite.xyz"
    "blogsyte.combounceme.netboyfriend.jpbremanger.nobroke-it.netbydgoszcz.plcatanzaro.itchambagri.fr"
    "charter.aerocherkassy.uachernigov.uachernihiv.uacity.kobe.jpcloud66.zonecloudapp.netcloudns.asia"
    "cloudns.clubcloudns.infoco.educationco.financialcodespot.comconstructionconsulado.stcouncil.aero"
    "crafting.xyzcyber.museumcymru.museumdatabase.rundattoweb.comddnsfree.comddnsgeek.comddnsking.com"
    "ddnslive.comdefinima.netdepot.museumdiadem.clouddlugoleka.pldnsalias.comdnsalias.netdnsalias.org"
    "dolls.museumdrangedal.nodrayddns.comdscloud.mobidyn.ddnss.dedynalias.comdynalias.netdynalias.org"
    "edgestack.meeigersund.noembaixada.stessex.museumexpress.aerofamilyds.comfamilyds.netfamilyds.org"
    "fastvps.hostfastvps.sitefeste-ip.netfield.museumflatanger.nofolkebibl.nofor-more.bizfor-our.info"
    "for-some.bizforce.museumframer.mediafreeboxos.frfreeddns.orgfreemyip.comfrosinone.itftpaccess.cc"
    "gaivuotna.nogehirn.ne.jpgentapps.comgifu.gifu.jpgildeskal.nogit-repos.deglass.museumgodo.gifu.jp"
    "gorge.museumgose.nara.jpgratangen.nogujo.gifu.jpgyeongbuk.krgyeongnam.krhaugesund.nohepforge.org"
    "hida.gifu.jphiji.oita.jphita.oita.jphomelink.onehomesklep.plhomeunix.comhomeunix.nethomeunix.org"
    "hornindal.nohostedpi.comhoylandet.nohyllestad.noide.kyoto.jpin-addr.arpain-berlin.dein-butter.de"
    "inabe.mie.jpindustria.boine.kyoto.jpino.kochi.jpis-a-cpa.comis-found.orgis-saved.orgis-slick.com"
    "isa-geek.comisa-geek.netisa-geek.orgjellybean.jpjoinville.brjorpeland.nojournal.aerokani.gifu.jp"
    "karaganda.sukhakassia.sukinghost.netkmpsp.gov.plkoeln.museumkolobrzeg.plkongsberg.nokppsp.gov.pl"
    "kraanghke.nokrasnodar.sukrellian.netktistory.comkuju.oita.jpkunst.museumkusu.oita.jpkvanangen.no"
    "kvinesdal.nokviteseid.nokwpsp.gov.pll-o-g-i-n.dela-spezia.itlabor.museumlclstage.devleadpages.co"
    "leasing.aeroleikanger.noleirfjord.nolillesand.nolima-city.atlima-city.chlima-city.delindesnes.no"
    "loginline.iololipopmc.jplombardia.itlorenskog.nolplfinancialmarnardal.nomayfirst.orgmazeplay.com"
    "media.museummediatech.bymeiwa.mie.jpmesserli.appmino.gifu.jpmintere.sitemjondalen.nomo-i-rana.no"
    "money.museummongolian.jpmoonscale.iomusic.museummy-router.demyddns.rocksmydobiss.commyeffect.net"
    "myfast.spacemyiphost.commytuleap.comnannestad.nonara.nara.jpnaval.museumneat-url.comneues.museum"
    "nord-fron.nonord-odal.nonordreisa.nonorth.museumobu.aichi.jpoga.akita.jpohi.fukui.jpoita.oita.jp"
    "omaha.museumome.tokyo.jpono.fukui.jpono.hyogo.jponporter.runonrender.comora.gunma.jpostroleka.pl"
    "ostrowiec.plota.gunma.jpota.tokyo.jpotago.museumouda.nara.jpoverhalla.noozu.ehime.jppaleo.museum"
    "paris.eu.orgparis.museumpaywhirl.compimienta.orgpixolino.complaza.museumpolkowice.plpomorskie.pl"
    "poniatowa.plpordenone.itporsanger.noporsgrunn.nopress.museumprzeworsk.plpubol.museumrackmaze.com"
    "rackmaze.netrakkestad.norandaberg.noreadymade.jpremotewd.comrepbody.aeroringerike.noringsaker.no"
    "riobranco.brsaga.saga.jpsamnanger.nosarpsborg.noscholarshipsschoolbus.jpscrapping.ccseki.gifu.jp"
    "sellfy.storesells-it.netservebbs.comservebbs.netservebbs.orgserveftp.comserveftp.netserveftp.org"
    "serveirc.comservemp3.comservep2p.comshell.museumshiftedit.ioshima.mie.jpshoparena.plsiteleaf.net"
    "skole.museumsmushcdn.comsoc.srcf.netsongdalen.nosoni.nara.jpsosnowiec.plsoundcast.mespace.museum"
    "spydeberg.nostadt.museumstathelle.nostavanger.nosteam.museumsteinkjer.nostgstage.devstorfjord.no"
    "student.aerosupabase.netsupersale.jpsvn-repos.desykkylven.not3l3p0rt.nettaiki.mie.jptaku.saga.jp"
    "tara.saga.jptemp-dns.comtempurl.hosttexas.museumthruhere.nettjeldsund.notlon.networktn.oxa.cloud"
    "togliatti.sutoki.gifu.jptosu.saga.jptouch.museumtrading.aerotrainer.aerotrondheim.notrust.museum"
    "turystyka.plu2.xnbay.comuberspace.deudono.mie.jpui.nabu.casauji.kyoto.jpuk.oxa.cloudvaldaosta.it"
    "vegarshei.noversicherungvestvagoy.novevelstad.novinnytsia.uavps.mcdir.ruwalbrzych.plwales.museum"
    "webthings.iowhitesnow.jpwloclawek.plwodzislaw.plwpmudev.hostxn--1ctwo.jpxn--3e0b707exn--45br5cyl"
    "xn--4pvxs.jpxn--80adxhksxn--80asehdbxn--8y0a063axn--ciqpn.hkxn--gckr3f0fxn--h-2fa.noxn--l-1fa.no"
    "xn--mgb2ddesxn--mgb9awbfxn--mgbab2bdxn--mgbgu82axn--mgbpl2fhxn--mgbt3dhdxn--mgbtf8flxn--mk1bu44c"
    "xn--ngbc5azdxn--ngbe9e0axn--ogbpf8flxn--qcka1pmcxn--rht3d.jpxn--s-1fa.noxn--tn0ag.hkxs4all.space"
    "yao.osaka.jpyolasite.comyoro.gifu.jpyouth.museumyufu.oita.jpzachpomor.plzgorzelec.pl123miweb.es"
    "aarborte.noabkhazia.suacademia.boaccountantsadimo.co.ukaeroport.fragents.aeroakrehamn.noashgabad.su"
    "asso.eu.orgaugustow.plauthor.aeroavellino.itawsmppl.comaxis.museumbabyblue.jpbabymilk.jpbackdrop.jp"
    "badaddja.nobalashov.subale.museumbarclaycardbarsy.co.ukberlevag.nobern.museumbill.museumbirkenes.no"
    "blackfridayblockbusterblogdns.comblogdns.netblogdns.orgblogspot.aeblogspot.alblogspot.amblogspot.ba"
    "blogspot.beblogspot.bgblogspot.bjblogspot.cablogspot.cfblogspot.chblogspot.clblogspot.cvblogspot.cz"
    "blogspot.deblogspot.dkblogspot.fiblogspot.frblogspot.grblogspot.hkblogspot.hrblogspot.hublogspot.ie"
    "blogspot.inblogspot.isblogspot.itblogspot.jpblogspot.krblogspot.liblogspot.ltblogspot.lublogspot.md"
    "blogspot.mkblogspot.mrblogspot.mxblogspot.myblogspot.nlblogspot.noblogspot.peblogspot.ptblogspot.qa"
    "blogspot.reblogspot.roblogspot.rsblogspot.rublogspot.seblogspot.sgblogspot.siblogspot.skblogspot.sn"
    "blogspot.tdblogspot.twblogspot.ugblogspot.vnbloxcms.combluebite.ioboavista.brbonn.museumbplaced.com"
    "bplaced.netbrasilia.mebridgestonebrindisi.itbroker.aerobusiness.incagliari.itcalvinkleincampania.it"
    "campinas.brcandypop.jpcasacam.netcechire.comcertmgr.orgcf-ipfs.comcherkasy.uachicappa.jpchillout.jp"
    "chimkent.suchungbuk.krchungnam.krcloudns.bizcloudns.orgcloudns.proco.businesscoal.museumcody.museum"
    "contagem.brcontractorscoolblog.jpcreditunioncuritiba.brcutegirl.jpdagestan.rudagestan.sudefinima.io"
    "design.aerodnsdojo.comdnsdojo.netdnsdojo.orgdoes-it.netdoomdns.comdoomdns.orgdray-dns.dedscloud.biz"
    "dsmynas.comdsmynas.netdsmynas.orgduckdns.orgdvrcam.infodyn-ip24.dedyndns.infodynserv.orgeaton.mi.us"
    "ecologia.boeconomia.boedgeapp.netedgekey.neteero.onlineegersund.noeidfjord.noeidsberg.noeidsvoll.no"
    "ena.gifu.jpengerdal.noengine.aeroengineeringenscaled.sgenterprisesevenassi.nofarm.museumfilegear.me"
    "film.museumfireweb.appflakstad.noflesberg.noflight.aeroflorence.itfoodnetworkfor-the.bizforumz.info"
    "framer.wikifreeddns.usfrog.museumfrom-ak.comfrom-al.comfrom-ar.comfrom-az.netfrom-ca.comfrom-co.net"
    "from-ct.comfrom-dc.comfrom-de.comfrom-fl.comfrom-ga.comfrom-hi.comfrom-ia.comfrom-id.comfrom-il.com"
    "from-in.comfrom-ks.comfrom-ky.comfrom-la.netfrom-ma.comfrom-md.comfrom-me.orgfrom-mi.comfrom-mn.com"
    "from-mo.comfrom-ms.comfrom-mt.comfrom-nc.comfrom-nd.comfrom-ne.comfrom-nh.comfrom-nj.comfrom-nm.com"
    "from-nv.comfrom-ny.netfrom-oh.comfrom-ok.comfrom-or.comfrom-pa.comfrom-pr.comfrom-ri.comfrom-sc.com"
    "from-sd.comfrom-tn.comfrom-tx.comfrom-ut.comfrom-va.comfrom-vt.comfrom-wa.comfrom-wi.comfrom-wv.com"
    "from-wy.comfyresdal.nogateway.devgetmyip.comgets-it.netgjerdrum.nogjerstad.noglas.museumglug.org.uk"
    "graz.museumgrimstad.nogriw.gov.plgrosseto.itgyeonggi.krhashbang.shhemsedal.nohjartdal.nohokksund.no"
    "holtalen.nohomedns.orghomeftp.nethomeftp.orghonefoss.nohoplix.shophoyanger.nohttpbin.orgindigena.bo"
    "ingatlan.huinternet.ininvestmentsipifony.netiraq.museumiron.museumis-gone.comis-leet.comis-lost.org"
    "jaworzno.pljessheim.nojevnaker.nojuif.museumkalmykia.rukalmykia.sukarasjok.nokatowice.plkerryhotels"
    "kids.museumkiho.mie.jpkikirara.jpkirkenes.nokiwa.mie.jpkonyvelo.hukopervik.nokustanai.rukustanai.su"
    "kvafjord.nokvalsund.nolamborghinilangevag.nolans.museumlaspezia.itlavangen.nolevanger.nolimanowa.pl"
    "linz.museumlodingen.nolombardy.itlondrina.brlovesick.jplubartow.pllugs.org.ukmacerata.itmagnet.page"
    "manx.museummazowsze.plmedicina.bomerseine.numinisite.msmircloud.rumircloud.usmoma.museummordovia.ru"
    "mordovia.sumoskenes.nomotorcyclesmurmansk.sumusician.iomy-vigor.demyamaze.netmydatto.commydatto.net"
    "mydrobo.commyfast.hostmyfritz.netmykolaiv.uamyphotos.ccmytabit.comnarviika.nonaustdal.nonavuotna.no"
    "nerdpol.ovhnesodden.nonetlify.appnfshost.comnikolaev.uanissedal.nonittedal.nono-ip.co.uknordkapp.no"
    "notaires.frnotaires.kmnoticias.bonotodden.nonotteroy.nonow-dns.netnow-dns.orgnow-dns.topnowaruda.pl"
    "nyny.museumofficial.ecogi.saga.jpoirm.gov.ploji.nara.jpolayangroupomniwe.siteon-acorn.iooppegard.no"
    "oristano.itorkanger.noorsites.comoygarden.noparallel.jpparasite.jppcloud.hostpiacenza.itpiedmont.it"
    "piemonte.itpinb.gov.plplatterp.uspleskns.compodlasie.plpodzone.netpodzone.orgpoivron.orgpokrovsk.su"
    "politica.boporsangu.nopotager.orgprincipe.stproductionsprogressiveprotonet.iopruszkow.plpsse.gov.pl"
    "pussycat.jpr.cdn77.netraindrop.jpralingen.noravendb.runrawa-maz.plredumbrellarendalen.norennesoy.no"
    "reservd.comrhcloud.comribeirao.brriopreto.brroma.museumrzgw.gov.plsafety.aerosalangen.nosalvador.br"
    "sandcats.iosaogonca.brsardegna.itsardinia.itsatx.museumsauherad.noscrysec.comsdscloud.plselfip.info"
    "servers.runservice.oneshacknet.nusiiites.comsilk.museumsiracusa.itskanland.noskiptvet.noskjervoy.no"
    "sor-fron.nosor-odal.nosorocaba.brsorreisa.nosortland.nospacekit.iosquare7.netstargard.plstjordal.no"
    "stripper.jpsunnyday.jpsupabase.cosupabase.insurnadal.noswidnica.plsyncloud.itsynology.meszczecin.pl"
    "szczytno.pltado.mie.jptaki.mie.jptananger.notank.museumtashkent.sutech.orangetelebit.apptelebit.xyz"
    "ternopil.uatingvoll.notoba.mie.jptonkotsu.jptonsberg.notown.museumtrader.aerotransurl.betransurl.eu"
    "transurl.nltree.museumtrentino.ittriton.zonetroandin.notrogstad.notysfjord.nougim.gov.pluk0.bigv.io"
    "umig.gov.plunicloud.plupow.gov.pluppo.gov.plurown.cloudusa.oita.jputah.museumuvic.museumuzhgorod.ua"
    "v-info.infovanylven.novapor.cloudvennesla.noverbania.itvercelli.itvladimir.ruvladimir.suwarszawa.pl"
    "webhare.devwebhop.infowedeploy.iowedeploy.mewedeploy.shwiih.gov.plwilliamhillwinb.gov.plwios.gov.pl"
    "witd.gov.plwixsite.comwmcloud.orgwmflabs.orgworkers.devwpmucdn.comwskr.gov.plwuoz.gov.plxn--11b4c3d"
    "xn--1ck2e1bxn--1qqw23axn--2scrj9cxn--3bst00mxn--3ds443gxn--3hcrj9cxn--42c2d9axn--45brj9cxn--55qw42g"
    "xn--6frz82gxn--80ao21axn--9krt00axn--cck2b3bxn--czr694bxn--d1acj3bxn--efvy88hxn--fct429kxn--fjq720a"
    "xn--flw351exn--g2xx48cxn--gecrj9cxn--gk3at1exn--hxt814exn--imr513nxn--jvr189mxn--kprw13dxn--kpry57d"
    "xn--mgbtx2bxn--mix082fxn--mix891fxn--nnx388axn--nyqy26axn--otu796dxn--pgbs0dhxn--q9jyb4cxn--rhqv96g"
    "xn--rovu88bxn--s9brj9cxn--ses554gxn--t60b56axn--vuq861bxn--w4rs40lxn--xhq521bxn--zfr164bybo.science"
    "zakopane.plzhitomir.uazhytomyr.ua001www.com123sait.ruabruzzo.itact.edu.auadvisor.wsadygeya.ru"
    "adygeya.suafrica.comagdenes.noakadns.netakamai.netalesund.noapartmentsapi.gov.ukappudo.netaremark.no"
    "arendal.noarmenia.suaskvoll.noassociatesaurland.noavocat.proavocats.bjbajddar.nobambina.jpbarsy.club"
    "barsy.infobarsy.menubarsy.mobibarsy.shopbarsy.sitebarueri.brbelluno.itbergamo.itbeskidy.plbielawa.pl"
    "bjarkoy.nobnpparibasboehringerbolivia.bobologna.itbolzano.itboomla.netboutir.comboxfuse.iobplaced.de"
    "brescia.itbronnoy.nobryansk.subss.designbudejju.nobukhara.subuyshop.jpbygland.nocamdvr.orgcapitalone"
    "cargo.aerocaserta.itcatania.itcatfood.jpchowder.jpciencia.bocieszyn.plcistron.nlcloud.googcloud66.ws"
    "cloudns.cccloudns.eucloudns.pwcloudns.usco.networkcocotte.jpcommune.amcosenza.itcreditcardcremona.it"
    "crotone.itcuisinellacupcake.isczeladz.pldaejeon.krddr.museumdebian.netdedibox.frdeporte.bodnshome.de"
    "dnsking.chdonetsk.uadopaas.comdrammen.nodraydns.dedscloud.medvrdns.orgdyn-vpn.dedyndns.bizdyndns1.de"
    "editorx.ioedu.eu.orgeidskog.noekloges.cyelverum.noempresa.boen-root.frenebakk.noerotica.huerotika.hu"
    "etnedal.noeurodir.rueurovisionextraspacefakefur.jpfarsund.noferrara.itfetsund.nofirenze.itfloripa.br"
    "folldal.noforsand.noframer.appfroland.nofuoisku.nofuossko.nogangwon.krgausdal.nogeorgia.sugitpage.si"
    "gjemnes.nogjesdal.nogleeze.comgliwice.plgloppen.nogniezno.plgoiania.brgolffan.usgorizia.itgorlice.pl"
    "gotdns.comgotdns.orggoupile.frgrajewo.plgranvin.nographox.usgreater.jpgrondar.zags.oslo.nogujarat.in"
    "gwangju.krhamaroy.noharstad.nohasura.apphealthcareheteml.nethidora.comhomeip.nethra.healthibestad.no"
    "id.repl.coimmobilienimperia.itin-dsl.netin-dsl.orgin-vpn.netin-vpn.orgincheon.krinderoy.noindie.porn"
    "industriesint.eu.orgisernia.itistmein.deivanovo.suiveland.nojc.neen.itjele.cloudjeonbuk.krjeonnam.kr"
    "jfk.museumjolster.nokafjord.nokaracol.sukarelia.sukarlsoy.nokarpacz.plkartuzy.plkaszuby.plketrzyn.pl"
    "kharkiv.uakharkov.uakherson.uaklodzko.plkomforb.sekommune.nokragero.nokrasnik.plkvitsoy.nokwp.gov.pl"
    "laquila.itlavagis.nolebesby.nolegnica.plleirvik.noleksvik.nolelux.sitelezajsk.plliguria.itlivorno.it"
    "loginto.melogoip.comloisirs.bjlolipop.iolovepop.jplucania.itlugansk.ualyngdal.nomad.museummalbork.pl"
    "malselv.nomantova.itmaringa.brmedecin.frmedecin.kmmedia.aeromemset.netmeraker.nomessina.itmidsund.no"
    "mitsubishimlbfan.orgmmafan.bizmoareke.nomodalen.nomosjoen.nomragowo.plmup.gov.plmycloud.bymypep.link"
    "mywire.orgnalchik.runalchik.sunamaste.jpnatural.bonesseby.nonet.eu.orgnextdirectnflfan.orgnhlfan.net"
    "niteroi.brno-ip.infonobushi.jpnorddal.nonrw.museumnyc.museumobninsk.suolsztyn.plopoczno.plosteroy.no"
    "ostroda.ploum.gov.plpagexl.compalermo.itperugia.itpescara.itpgafan.netpigboat.jppilot.aeropistoia.it"
    "piw.gov.plplesk.pagepodhale.plpointto.uspoltava.uapomorze.plpotenza.itprotectionprudentialprvcy.page"
    "pubtls.orgpup.gov.plq-a.eu.orgqbuser.comqld.edu.auqld.gov.auravendb.meravenna.itrennebu.norevista.bo"
    "ringebu.norocky.pageromskog.noroyrvik.norzeszow.plsalerno.itsaltdal.nosandnes.nosaotome.stsassari.it"
    "schaefflersdn.gov.plseidat.netselfip.bizselfip.comselfip.netselfip.orgseljord.nosicilia.itsiellak.no"
    "skedsmo.noski.museumskierva.nosko.gov.plskoczow.plslattum.nosogndal.nosokndal.nosondrio.itsorfold.no"
    "spy.museumsquare7.chsquare7.destavern.nosteigen.nostordal.nostorj.farmstranda.nosu.paba.sesunndal.no"
    "suwalki.plsvelvik.noswidnik.plsyno-ds.desys.qcx.iotaranto.ittas.edu.autas.gov.autatamotorstcm.museum"
    "telebit.iotheshop.jptickets.iotorsken.notoscana.ittourism.bjtourism.pltourism.tntrapani.ittreviso.it"
    "trieste.ittroitsk.sutsu.mie.jptuscany.ittwmail.nettwmail.orguber.spaceufcfan.orgulm.museumunion.aero"
    "unjarga.nousa.museumutwente.iouzs.gov.plvaapste.novaksdal.novarggat.novenezia.itvercel.appvercel.dev"
    "vestnes.novic.edu.auvic.gov.auvicenza.itvinnica.uaviterbo.itvolkswagenvologda.suvpndns.netvpnplus.to"
    "webhop.bizwebhop.netwebhop.orgweblike.jpwif.gov.plwiw.gov.plwolomin.plworks.aerowroclaw.plwsa.gov.pl"
    "xn--30rr7yxn--3pxu8kxn--45q11cxn--4gbrimxn--5tzm5gxn--80aswgxn--9dbq2axn--9et52uxn--c2br7gxn--cg4bki"
    "xn--czrs0txn--czru2dxn--fiq64bxn--fiqs8sxn--fiqz9sxn--kput3ixn--pssy2uxn--q7ce6axn--unup4yxn--wgbh1c"
    "xn--wgbl6axn--y9a3aqybo.review1kapp.com9guacu.bra.run.appac.gov.brac.leg.braccentureaejrie.no"
    "africa.bjal.eu.orgal.gov.bral.leg.bralfaromeoalgard.noallfinanzalvdal.noam.gov.bram.leg.branalytics"
    "ancona.itandebu.noap.gov.brap.gov.plap.leg.brapigee.ioaquarellearezzo.itaseral.noat.eu.orgau.eu.org"
    "averoy.noavocat.fravoues.frb-data.ioba.gov.brba.leg.brbaidar.nobalsan.itbamble.nobarsy.netbarsy.org"
    "barsy.probarsy.pubbase.shopbe.eu.orgbeardu.nobedzin.plbeget.appbeiarn.nobergen.nobg.eu.orgbiella.it"
    "bievat.nobindal.nobitter.jpbloombergbuild.runbulsan.itbyen.siteca.eu.orgcafjs.comcasino.hucaxias.br"
    "cd.eu.orgce.gov.brce.leg.brch.eu.orgchieti.itchristmasclerk.appcn.eu.orgco.eventscog.mi.uscranky.jp"
    "crew.aerocrimea.uacuiaba.brcy.eu.orgcyon.linkcyon.sitecz.eu.orgdd-dns.deddns5.comddnss.orgde.eu.org"
    "deatnu.nodf.gov.brdf.leg.brdgca.aerodigick.jpdk.eu.orgdnsfor.mednsup.netdrobak.nodst.mi.usdweb.link"
    "dyndns.tvdyndns.wsdynns.comdynv6.netdynvpn.dee164.arpaedugit.ioee.eu.orgegoism.jpelblag.ples.eu.org"
    "es.gov.bres.leg.brevenes.nofairwindsfauske.nofbx-os.frfi.eu.orgfinnoy.nofirestonefitjar.nofjaler.no"
    "fldrv.comfloppy.jpfnwk.sitefoggia.itfortal.brfosnes.nofr.eu.orgfreseniusfrontdoorfrosta.nofrusky.de"
    "fuel.aerogamvik.nogaular.nogdansk.plgdynia.plgen.mi.usgenova.itgiize.comgitapp.sigithub.iogitlab.io"
    "gjovik.noglitch.meglogow.plgloomy.jpgo.gov.brgo.leg.brgoldpointgotdns.chgov.nc.trgr.eu.orggrozny.ru"
    "grozny.suhabmer.nohadsel.nohalden.nohalf.hosthapmir.nohareid.nohasvik.nohealth.nzhealth.vnhemnes.no"
    "hicam.nethisamitsuhlx3.pagehomedepothomegoodshomesensehopto.orghorten.nohr.eu.orghu.eu.orghungry.jp"
    "hurdal.nohvaler.noic.gov.plicurus.jpidrett.noie.eu.orgil.eu.orgin-brb.dein-dsl.dein-vpn.dein.eu.org"
    "instituteiopsys.seiris.arpais.gov.pliserv.devit.eu.orgjambyl.sujcloud.kzjele.clubjele.hostjele.site"
    "jogasz.hujondal.nojp.eu.orgk12.ak.usk12.al.usk12.ar.usk12.as.usk12.az.usk12.ca.usk12.co.usk12.ct.us"
    "k12.dc.usk12.de.usk12.fl.usk12.ga.usk12.gu.usk12.ia.usk12.id.usk12.il.usk12.in.usk12.ks.usk12.ky.us"
    "k12.la.usk12.md.usk12.me.usk12.mi.usk12.mn.usk12.mo.usk12.ms.usk12.mt.usk12.nc.usk12.ne.usk12.nh.us"
    "k12.nj.usk12.nm.usk12.nv.usk12.ny.usk12.oh.usk12.ok.usk12.or.usk12.pa.usk12.pr.usk12.sc.usk12.tn.us"
    "k12.tx.usk12.ut.usk12.va.usk12.vi.usk12.vt.usk12.wa.usk12.wi.usk12.wy.uskalisz.plkaluga.sukarmoy.no"
    "khplay.nlkomvux.sekozow.comkr.eu.orgkrakow.plkuokgroupkurgan.sulahppi.nolanbib.selancasterlandrover"
    "lardal.nolarvik.nolatina.itlebork.plleczna.pllenvik.nolerdal.nolib.ak.uslib.al.uslib.ar.uslib.as.us"
    "lib.az.uslib.ca.uslib.co.uslib.ct.uslib.dc.uslib.de.uslib.fl.uslib.ga.uslib.gu.uslib.hi.uslib.ia.us"
    "lib.id.uslib.il.uslib.in.uslib.ks.uslib.ky.uslib.la.uslib.ma.uslib.md.uslib.me.uslib.mi.uslib.mn.us"
    "lib.mo.uslib.ms.uslib.mt.uslib.nc.uslib.nd.uslib.ne.uslib.nh.uslib.nj.uslib.nm.uslib.nv.uslib.ny.us"
    "lib.oh.uslib.ok.uslib.or.uslib.pa.uslib.pr.uslib.ri.uslib.sc.uslib.sd.uslib.tn.uslib.tx.uslib.ut.us"
    "lib.va.uslib.vi.uslib.vt.uslib.wa.uslib.wi.uslib.wy.uslierne.nolifestylelima.zonelindas.noloabat.no"
    "logoip.delohmus.melowicz.pllpages.colt.eu.orgltd.co.imlu.eu.orglublin.pllunner.noluster.nolv.eu.org"
    "lyngen.noma.gov.brma.leg.brmacapa.brmaceio.brmalvik.nomanaus.brmandal.nomarche.itmarine.rumarker.no"
    "marketingmarshallsmatera.itmazury.plmc.eu.orgme.eu.orgmelbournemeldal.nomelhus.nomg.gov.brmg.leg.br"
    "miasta.plmicrosoftmielec.plmielno.plmilano.itmincom.tnmk.eu.orgmodena.itmolise.itmorena.brmosvik.no"
    "ms.gov.brms.leg.brmt.eu.orgmt.gov.brmt.leg.brmuosat.nomus.mi.usmuseum.mvmuseum.mwmuseum.nomuseum.om"
    "museum.ttmusica.armusica.bomutual.armw.gov.plmy-wan.demy.eu.orgmyftp.bizmyftp.orgmypets.wsmypsx.net"
    "myvnc.comnamsos.nonaples.itnapoli.itnarvik.nonesset.nong.eu.orgnikita.jpnl.eu.orgno-ip.bizno-ip.net"
    "no-ip.orgno.eu.orgnohost.menombre.bonovara.itnt.edu.auntdll.topnz.eu.orgodessa.uaoksnes.noolecko.pl"
    "olkusz.plon-k3s.ioon-rio.ioon-web.fronline.thooguy.comoppdal.noorkdal.noorland.noorskog.noosasco.br"
    "osoyro.noownip.netowo.codespa.gov.brpa.gov.plpa.leg.brpadova.itpages.devpalmas.brpanasonicpassagens"
    "patria.bopb.gov.brpb.leg.brpdns.pagepe.gov.brpe.leg.brpecori.jppeewee.jppepper.jppgfog.compi.gov.br"
    "pi.leg.brpinoko.jppl.eu.orgplc.co.impolice.ukponpes.idpowiat.plpoznan.plpr.gov.brpr.leg.brpramerica"
    "presse.cipresse.kmpresse.mlpt.eu.orgpueblo.bopuglia.itpulawy.plragusa.itraholt.norecht.prorecife.br"
    "reklam.hurichardlirimini.itrindal.norj.gov.brrj.leg.brrn.gov.brrn.leg.brro.eu.orgro.gov.brro.leg.br"
    "rollag.norovigo.itroyken.norr.gov.brrr.leg.brrs.gov.brrs.leg.brrss.my.idru.eu.orgruovat.norybnik.pl"
    "sa.edu.ausa.gov.ausadist.jpsandoy.nosavona.itsc.gov.brsc.leg.brschool.naschool.nzschool.zase.eu.org"
    "se.gov.brse.leg.brsecaas.hksecret.jpsenasa.arshangrilashow.aerosi.eu.orgsicily.itsigdal.nosiljan.no"
    "sirdal.nosk.eu.orgskanit.noskodje.noslupsk.plsnaase.nosnoasa.noso.gov.plsolund.nosp.gov.brsp.leg.br"
    "spdns.orgsr.gov.plsrht.sitestange.nostatebankstatefarmsth.ac.atstokke.nostolos.iosuldal.nosytes.net"
    "szkola.pltec.mi.usteramo.ittermez.suto.gov.brto.leg.brtorino.ittozsde.hutr.eu.orgtranby.notranoy.no"
    "travel.intravel.pltravel.tttrento.ittromsa.notromso.notrysil.notwmail.cctynset.notysnes.notysvar.no"
    "ug.gov.pluk.eu.orgumbria.itus.eu.orgus.gov.plutazas.huutsira.novacationsvagsoy.novarese.itvelvet.jp"
    "veneto.itvenice.itverdal.noverona.itverran.noversus.jpvestby.novivian.jpvoagat.nowa.edu.auwa.gov.au"
    "warmia.plwatson.jpwebhop.mewegrow.plwielun.plwnext.appxn--90aisxn--d1alfxn--e1a4cxn--fhbeixn--j1amh"
    "xn--l1accxn--ngbrxxn--qxa6axn--tckwexn--vhquvybo.faithybo.partyybo.tradeyodobashizapto.orgzapto.xyz"
    "zombie.jpzp.gov.pl0emm.com4lima.at4lima.ch4lima.deabudhabiacct.proadult.htagrar.huagric.zaairforce"
    "aland.fiallstateanani.brangry.jpasker.noaskim.noaskoy.noasnes.noassur.bjattorneyaukra.noawdev.ca"
    "balat.nobar0.netbar1.netbar2.netbarclaysbardu.nobarefootbargainsbarsy.bgbarsy.cabarsy.debarsy.eu"
    "barsy.iobarsy.robarsy.ukbarum.nobelau.pwbelem.brbihar.inbjugn.noblush.jpbomlo.noboutiquebozen.it"
    "bradescobrand.sebroadwaybryne.nobusan.krbykle.nobytom.plcaa.aerocapetowncapoo.jpcarrd.cocc.ak.us"
    "cc.al.uscc.ar.uscc.as.uscc.az.uscc.ca.uscc.co.uscc.ct.uscc.dc.uscc.de.uscc.fl.uscc.ga.uscc.gu.us"
    "cc.hi.uscc.ia.uscc.id.uscc.il.uscc.in.uscc.ks.uscc.ky.uscc.la.uscc.ma.uscc.md.uscc.me.uscc.mi.us"
    "cc.mn.uscc.mo.uscc.ms.uscc.mt.uscc.nc.uscc.nd.uscc.ne.uscc.nh.uscc.nj.uscc.nm.uscc.nv.uscc.ny.us"
    "cc.oh.uscc.ok.uscc.or.uscc.pa.uscc.pr.uscc.ri.uscc.sc.uscc.sd.uscc.tn.uscc.tx.uscc.ut.uscc.va.us"
    "cc.vi.uscc.vt.uscc.wa.uscc.wi.uscc.wv.uscc.wy.uscheap.jpchips.jpciprianicityeatsclan.ripcleaning"
    "cliniqueclothingcnpy.gdnco.placecode.runcommbankcopro.ukcuneo.itcurv.devczest.pldaegu.krddns.net"
    "dedyn.iodelhi.indeliverydeloittedemon.nldeno.devdeta.appdeta.devdiamondsdiscountdonna.nodovre.no"
    "downloaddyn53.iodynu.netdyroy.noecono.bjedu.scotencr.appericssonetisalatexnet.sufbxos.frfedje.no"
    "feedbackfeira.brfermo.itfidelityfirmdalefjell.noflier.jpflora.nofloro.nofootballforde.noforte.id"
    "forum.hufrana.nofrogn.nofrontierfroya.nogalsa.nogames.hugenoa.itghost.iogirly.jpgiske.nogmina.pl"
    "gonna.jpgoodyeargraingergrane.nographicsgreta.frgrong.nogs.aa.nogs.ah.nogs.bu.nogs.fm.nogs.hl.no"
    "gs.hm.nogs.mr.nogs.nl.nogs.nt.nogs.of.nogs.ol.nogs.rl.nogs.sf.nogs.st.nogs.tm.nogs.tr.nogs.va.no"
    "gs.vf.noguardiangulen.nohacca.jphalsa.nohamar.noharam.nohdfcbankheavy.jphemne.nohippy.jphitra.no"
    "hlx.livehlx.pagehobol.noholdingshopto.mehospitalhotel.huhotel.lkhotel.tzhurum.noibxos.itilawa.pl"
    "infinitiiobb.netip6.arpaipirangais-by.usistanbulitigo.jpjampa.brjgora.pljozi.bizjpmorgankapsi.fi"
    "kepno.plklabu.noklepp.nokonin.plkuron.jpkutno.pllakas.hulazio.itlecce.itlecco.itlenug.sulesja.no"
    "lightinglomza.plloppa.noloten.nolubin.pllucca.itlukow.pllundbeckluroy.nolutsk.uamaori.nzmarriott"
    "maseratimasoy.nomcdir.memckinseymcpre.rumedia.humedia.plmeloy.nomerckmsdmilan.itmodum.nomolde.no"
    "money.bjmonza.itmortgagemytis.runaklo.plnaroy.nonatal.brnavoi.sunesna.nongrok.iono-ip.canoop.app"
    "nuoro.itobserverodesa.uaolawa.plopole.plorsta.noother.nfpadua.itparma.itparti.sepavia.itpenne.jp"
    "penza.superma.jpperso.htperso.snperso.tnplumbingprato.itpress.cypress.mapress.sepropertypunyu.jp"
    "pymnt.ukradio.amradio.brradio.fmradom.plradoy.noraisa.norauma.norealm.czredstonereliancerepl.run"
    "res.aeroresto.bjrieti.itrisor.norissa.norivne.uarodoy.nororos.norovno.uarygge.nosaarlandsalat.no"
    "salud.bosampa.brsamsclubsanok.plsauda.nosejny.plselbu.noselje.noseoul.krshoppingshowtimesiena.it"
    "skaun.noskien.noskjak.noslask.plsmola.nosnasa.nosochi.susoftbanksogne.nosomna.nosopot.plsorum.no"
    "spdns.despdns.eusport.hustaba.jpstcgroupstord.nostore.bbstore.dkstore.nfstore.rostore.ststore.ve"
    "stryn.nosuppliessveio.notargi.plterni.ittgory.plthick.jptjome.notksat.botolga.notrainingtrana.no"
    "tst.sitetunk.orgturek.plturin.ittychy.pltydal.noudine.itulsan.krulvik.nounder.jpuni5.netupper.jp"
    "uri.arpaurn.arpaustka.plvadso.novagan.novalle.novanguardvardo.novaroy.novefsn.noventuresverisign"
    "verse.jpvideo.huvikna.novolda.novolyn.uawlocl.plwoodsidexn--90aexn--nodexn--p1aixn--qxamyalta.ua"
    "yombo.mezagan.plzarow.plzgora.pl12hp.at12hp.ch12hp.de16-b.it2000.hu2038.io32-b.it64-b.itaaa.pro"
    "abogadoaca.proaero.mvaero.ttagakhanagro.bjagro.boagro.plalibabaalta.noamli.noamot.noandroidarna.no"
    "arte.boarts.coarts.nfarts.roarts.veassn.lkasso.ciasso.dzasso.frasso.gpasso.htasso.kmasso.mcasso.nc"
    "asso.reasti.itathletaauctionaudibleaure.noauspostauto.plaviancabanamexbar.probari.itbase.ecbauhaus"
    "beep.plbentleybestbuyblog.boblog.brblog.gtblog.kgblog.vubodo.nobokn.nobolt.hubookingbrothercaravan"
    "careerscharitychintaiciao.jpcitadelcity.huclub.twclubmedcolognecomcastcomo.itcompanycompareconf.au"
    "conf.lvconf.seconn.ukcontactcoop.arcoop.brcoop.htcoop.incoop.kmcoop.mvcoop.mwcoop.pycoop.rwcoop.tt"
    "corsicacouponscoursescpa.procricketcruisesd.gv.vcddns.mede.cooldeca.jpdeci.jpdesa.iddomainsdrud.io"
    "drud.usebiz.twedu.krdeng.proetne.noexposedferrariferrerofhsk.sefilm.hufinancefirm.cofirm.dkfirm.ht"
    "firm.infirm.nffirm.ngfirm.rofirm.vefishingfitnessflap.idflightsflog.brfloristflowersfly.devfool.jp"
    "forsalefree.hrfrei.nofrogansfrom.hrfujitsufusa.nogame.twgeek.nzgentinggodaddygouv.cigouv.frgouv.ht"
    "gouv.kmgouv.mlgouv.sngovt.nzgran.nogrocerygrue.noguam.guguitarshangouthiho.jphole.noholidayholy.jp"
    "hosp.ukhoteleshotmailhs.zonehyundaii234.meinfo.auinfo.azinfo.bbinfo.bjinfo.boinfo.coinfo.cxinfo.ec"
    "info.etinfo.fjinfo.guinfo.htinfo.huinfo.keinfo.kiinfo.lainfo.lsinfo.mvinfo.nainfo.nfinfo.niinfo.nr"
    "info.pkinfo.plinfo.prinfo.roinfo.sdinfo.tninfo.trinfo.ttinfo.tzinfo.veinfo.vninfo.zmintl.tnisla.pr"
    "ismailiivgu.nojeju.krjele.iojobs.ttjpn.comjuniperjur.prokaas.ggkids.uskiev.uakill.jpkilo.jpkitchen"
    "kiwi.nzkrym.uakvam.nokyiv.ualacaixalanxesslapy.pllasallelatrobelaw.prolcl.devleclercleka.nolier.no"
    "limitedlodi.itlomo.jplviv.uamail.plmain.jpmarketsmcpe.memed.promex.commine.numobi.gpmobi.kemobi.na"
    "mobi.ngmobi.ttmobi.tzmods.jpmond.jpmonstermoss.nomuni.ilmycd.eumyds.memypi.cona4u.runame.azname.eg"
    "name.etname.fjname.hrname.joname.mkname.mvname.myname.naname.ngname.pmname.prname.qaname.tjname.tr"
    "name.ttname.vnneko.amnetbanknetflixneustarnews.hunoho.stnoip.menoip.usnome.cvnome.ptnoor.jpnyaa.am"
    "nyan.tonysa.plodda.nooldnavyomg.loloops.jporiginsorx.bizosen.nootap.cooyer.nophilipspila.plpioneer"
    "pisa.itpisz.plpolitiepost.inpriv.atpriv.hupriv.mepriv.nopriv.plprof.prpubl.ptpupu.jpqa2.comqoto.io"
    "rade.norealtorrecipesrentalsreviewsrexrothriik.eeroan.noroma.itrome.itrost.nosamsungschmidtschwarz"
    "shikshashop.htshop.hushop.roshop.thsinglessola.nostaplesstat.nostg.devsula.nosuli.husumy.uasurgery"
    "szex.hutana.notaxi.brtcp4.metemasektest.rutest.tjtheatretiffanytime.notinn.notoshibatula.sutuva.su"
    "univ.bjuniv.snupli.iouser.fmvaga.novega.novlog.brvoss.nowalmartwanggouwatchesweddingwhoswhowiki.bo"
    "wiki.brwindowswinnerswroc.plx443.pwxfinityyamaxunzuerich2ix.at2ix.ch2ix.de4u.com611.toabarthabbott"
    "abbvieabc.brabo.paabr.itact.auadm.bradv.bradv.mzae.orgagencyagr.braid.plaip.eeairbusairtelaju.br"
    "alipayalsacealstomalt.zaanquanapp.brapp.gparamcoarq.brart.brart.doart.dzart.htart.plart.snasn.au"
    "asn.lvass.kmath.cxatm.plato.brbas.itbayernbbs.trbeautybel.trbet.arbhartibhz.brbib.brbib.vebio.br"
    "bip.shbir.rubiz.atbiz.azbiz.bbbiz.cybiz.dkbiz.etbiz.fjbiz.glbiz.idbiz.inbiz.kibiz.lsbiz.mvbiz.mw"
    "biz.mybiz.nibiz.nrbiz.pkbiz.plbiz.prbiz.ssbiz.tjbiz.trbiz.ttbiz.uabiz.vnbiz.wfbiz.zmbmd.brbnr.la"
    "boo.jpbostikboy.jpbr.combsb.brbut.jpc66.mecaa.lical.itcam.itcat.axcbg.rucci.frchanelchromechu.jp"
    "churchcim.brcircleclaimscliniccn.comcng.brcnt.brco.comco.krdcoffeecol.ngcom.accom.afcom.agcom.ai"
    "com.alcom.amcom.awcom.azcom.bacom.bbcom.bhcom.bicom.bjcom.bmcom.bncom.bocom.bscom.btcom.bzcom.ci"
    "com.cmcom.cucom.cvcom.cwcom.decom.dmcom.docom.dzcom.eccom.etcom.fjcom.fmcom.frcom.gecom.ghcom.gi"
    "com.glcom.gncom.gpcom.grcom.gtcom.gucom.gycom.hkcom.hncom.hrcom.htcom.imcom.incom.iocom.iqcom.is"
    "com.jocom.kgcom.kicom.kmcom.kpcom.kwcom.kycom.kzcom.lacom.lbcom.lccom.lkcom.lrcom.lvcom.lycom.mg"
    "com.mkcom.mlcom.mocom.mscom.mucom.mvcom.mwcom.mxcom.mycom.nacom.nfcom.nicom.nrcom.omcom.pacom.pe"
    "com.pfcom.phcom.pkcom.plcom.prcom.pscom.ptcom.pycom.qacom.recom.rocom.rucom.sacom.sbcom.sccom.sd"
    "com.secom.sgcom.shcom.slcom.sncom.socom.sscom.stcom.svcom.sycom.tjcom.tmcom.tocom.ttcom.uacom.ug"
    "com.uzcom.vccom.vecom.vicom.vncom.vucom.wscom.yecom.zmcomseccondoscoz.brcrd.cocri.brcri.nzcsx.cc"
    "cya.ggdaa.jpdatingdatsundealerdef.brdegreedentaldep.nodes.brdet.brdev.brdev.vudni.usdrr.acdunlop"
    "dupontdurbane12.veecn.breco.bjeco.bredu.acedu.afedu.aledu.aredu.azedu.baedu.bbedu.bhedu.biedu.bj"
    "edu.bmedu.bnedu.boedu.bredu.bsedu.btedu.bzedu.ciedu.cnedu.coedu.cuedu.cvedu.cwedu.dmedu.doedu.dz"
    "edu.ecedu.eeedu.egedu.esedu.etedu.fmedu.gdedu.geedu.ghedu.giedu.gledu.gnedu.gpedu.gredu.gtedu.gu"
    "edu.gyedu.hkedu.hnedu.htedu.inedu.iqedu.isedu.itedu.joedu.kgedu.kiedu.kmedu.knedu.kpedu.kwedu.ky"
    "edu.kzedu.laedu.lbedu.lcedu.lkedu.lredu.lsedu.lvedu.lyedu.meedu.mgedu.mkedu.mledu.mnedu.moedu.ms"
    "edu.mtedu.mvedu.mwedu.mxedu.myedu.mzedu.ngedu.niedu.nredu.omedu.paedu.peedu.pfedu.phedu.pkedu.pl"
    "edu.pnedu.predu.psedu.ptedu.pyedu.qaedu.rsedu.ruedu.saedu.sbedu.sdedu.sgedu.sledu.snedu.soedu.ss"
    "edu.stedu.svedu.syedu.tjedu.tmedu.toedu.tredu.ttedu.twedu.uaedu.uyedu.vcedu.veedu.vnedu.vuedu.ws"
    "edu.yeedu.zaedu.zmelk.plemb.kwemerckemp.bremr.itenergyenf.breng.brens.tnesp.brest.pretc.breti.br"
    "eu.comeu.inteun.egfam.pkfar.brfed.usfem.jpfet.nofhs.nofhv.sefie.eefin.cifin.ecfin.tnfla.noflickr"
    "fnd.brfot.brfoz.brfst.brfutbolfvg.itg12.brgallupgb.netgda.plgen.ingen.nggen.nzgen.trgeo.brgeorge"
    "ggf.brgivinggob.argob.bogob.clgob.dogob.ecgob.esgob.gtgob.hngob.mxgob.nigob.pagob.pegob.pkgob.sv"
    "gob.vegok.pkgol.nogon.pkgop.pkgos.pkgov.acgov.aegov.afgov.algov.argov.asgov.azgov.bagov.bbgov.bf"
    "gov.bhgov.bmgov.bngov.bsgov.btgov.bygov.bzgov.cdgov.clgov.cmgov.cngov.cogov.cugov.cxgov.cygov.dm"
    "gov.dogov.dzgov.ecgov.eegov.eggov.etgov.fjgov.gdgov.gegov.ghgov.gigov.gngov.grgov.gugov.gygov.hk"
    "gov.iegov.ilgov.ingov.iqgov.irgov.isgov.itgov.jogov.kggov.kigov.kmgov.kngov.kpgov.kwgov.kzgov.la"
    "gov.lbgov.lcgov.lkgov.lrgov.lsgov.ltgov.lvgov.lygov.magov.megov.mggov.mkgov.mlgov.mngov.mogov.mr"
    "gov.msgov.mugov.mvgov.mwgov.mygov.mzgov.nggov.nlgov.nrgov.omgov.phgov.pkgov.pngov.prgov.psgov.pt"
    "gov.pygov.qagov.rsgov.rugov.rwgov.sagov.sbgov.sdgov.sggov.shgov.slgov.sogov.ssgov.sxgov.sygov.tj"
    "gov.tlgov.tmgov.tngov.togov.trgov.ttgov.twgov.vcgov.vegov.vngov.wsgov.yegov.zagov.zmgov.zwgr.com"
    "gratisgrp.lkgru.brgsj.bzgsm.plgub.uyher.jphermeshiphophk.comhk.orghof.nohol.nohs.runhu.comhu.net"
    "hugheshzc.ioidf.ilidv.hkidv.twiki.fiimamatimb.brinc.hkind.brind.gtind.inind.kwind.tninf.brinf.cu"
    "inf.mkinf.uaing.painsureint.arint.azint.boint.ciint.coint.cvint.inint.isint.laint.lkint.mvint.mw"
    "int.niint.ptint.ruint.tjint.ttint.veint.vnintuitisa.usits.mejab.brjaguarjdf.brjoburgjor.brjp.net"
    "js.orgjuegosjus.brk12.eck12.trkaufenkep.trkinderkindlekosherkr.comlab.mslancialatinolaw.zalaz.it"
    "lefraklel.brlib.eelig.itlk3.rulockerlom.itlom.noltd.cyltd.giltd.hkltd.lkltd.ngltd.ualtd.ukluxury"
    "makeupmar.itmat.brmattelmed.brmed.ecmed.eemed.htmed.lymed.ommed.pamed.plmed.samed.sdmil.acmil.ae"
    "mil.almil.armil.azmil.bamil.bomil.brmil.bymil.clmil.cnmil.comil.cymil.domil.ecmil.egmil.fjmil.ge"
    "mil.ghmil.gtmil.hnmil.idmil.inmil.iqmil.jomil.kgmil.kmmil.krmil.kzmil.lvmil.mgmil.mvmil.mymil.mz"
    "mil.ngmil.nimil.nomil.nzmil.pemil.phmil.plmil.pymil.qamil.rumil.rwmil.shmil.stmil.symil.tjmil.tm"
    "mil.tomil.trmil.twmil.tzmil.uymil.vcmil.vemil.yemil.zamil.zmmil.zwmod.gimol.itmonashmoo.jpmormon"
    "msk.rumsk.sumus.brn4t.conat.tnnet.acnet.aenet.afnet.agnet.ainet.alnet.amnet.arnet.aunet.aznet.ba"
    "net.bbnet.bhnet.bjnet.bmnet.bnnet.bonet.brnet.bsnet.btnet.bznet.cinet.cmnet.cnnet.conet.cunet.cw"
    "net.cynet.dmnet.donet.dznet.ecnet.egnet.etnet.fjnet.fmnet.genet.ggnet.glnet.gnnet.gpnet.grnet.gt"
    "net.gunet.gynet.hknet.hnnet.htnet.idnet.ilnet.imnet.iqnet.irnet.isnet.jenet.jonet.kgnet.kinet.kn"
    "net.kwnet.kynet.kznet.lanet.lbnet.lcnet.lknet.lrnet.lsnet.lvnet.lynet.manet.menet.mknet.mlnet.mo"
    "net.msnet.mtnet.munet.mvnet.mwnet.mxnet.mynet.mznet.nfnet.ngnet.ninet.nrnet.nznet.omnet.penet.ph"
    "net.pknet.plnet.pnnet.prnet.psnet.ptnet.pynet.qanet.runet.rwnet.sanet.sbnet.scnet.sdnet.sgnet.sh"
    "net.slnet.sonet.ssnet.stnet.synet.thnet.tjnet.tmnet.tnnet.tonet.trnet.ttnet.twnet.uanet.uknet.uy"
    "net.uznet.vcnet.venet.vinet.vnnet.vunet.wsnet.yenet.zanet.zmngo.lkngo.ngngo.phngo.zanhs.uknic.in"
    "nic.tjnic.zanid.ionis.zanissannissaynom.adnom.agnom.brnom.conom.esnom.frnom.kmnom.mgnom.ncnom.ni"
    "nom.panom.penom.plnom.renom.ronom.tmnom.venom.zanortonnot.brnov.runov.sunow.shnowruznsn.usnsw.au"
    "ntr.brnyc.mnodo.broff.aiong.broracleorg.acorg.aeorg.aforg.agorg.aiorg.alorg.amorg.arorg.auorg.az"
    "org.baorg.bborg.bhorg.biorg.bjorg.bmorg.bnorg.boorg.brorg.bsorg.btorg.bworg.bzorg.ciorg.cnorg.co"
    "org.cuorg.cvorg.cworg.cyorg.dmorg.doorg.dzorg.ecorg.eeorg.egorg.esorg.etorg.fjorg.fmorg.georg.gg"
    "org.ghorg.giorg.glorg.gnorg.gporg.grorg.gtorg.guorg.gyorg.hkorg.hnorg.htorg.huorg.ilorg.imorg.in"
    "org.iqorg.irorg.isorg.jeorg.joorg.kgorg.kiorg.kmorg.knorg.kporg.kworg.kyorg.kzorg.laorg.lborg.lc"
    "org.lkorg.lrorg.lsorg.lvorg.lyorg.maorg.meorg.mgorg.mkorg.mlorg.mnorg.moorg.msorg.mtorg.muorg.mv"
    "org.mworg.mxorg.myorg.mzorg.naorg.ngorg.niorg.nrorg.nzorg.omorg.paorg.peorg.pforg.phorg.pkorg.pl"
    "org.pnorg.prorg.psorg.ptorg.pyorg.qaorg.roorg.rsorg.ruorg.rworg.saorg.sborg.scorg.sdorg.seorg.sg"
    "org.shorg.slorg.snorg.soorg.ssorg.storg.svorg.syorg.szorg.tjorg.tmorg.tnorg.toorg.trorg.ttorg.tw"
    "org.uaorg.ugorg.uyorg.uzorg.vcorg.veorg.viorg.vnorg.vuorg.wsorg.yeorg.ytorg.zaorg.zmorg.zwote.bj"
    "own.pmper.laper.nfper.sgpfizerphysiopictetplc.lyplc.ukplo.pspmn.itpoa.brpol.dzpol.htpol.trppg.br"
    "prd.frprd.kmprd.mgpri.eepro.azpro.brpro.cypro.ecpro.fjpro.htpro.inpro.mvpro.napro.ompro.prpro.tt"
    "pro.vnpsc.brpsi.brpub.sapug.itpvh.brpvt.gepya.jpqc.comqld.auqsl.brr2.devracingrar.veras.rurdv.to"
    "realtyrec.brrec.corec.nfrec.rorec.vered.svreg.dkreisenrel.htrel.plrep.brrep.kprepairreportres.in"
    "rio.brrogersryukyus5y.iosa.comsanofisar.itsch.aesch.idsch.irsch.josch.lksch.lysch.ngsch.qasch.sa"
    "sch.sosch.sssch.tfsch.uksch.wfsch.zmsci.egsec.psseg.brsex.husex.plshoujishw.iosic.itsjc.brski.no"
    "sld.dosld.paslg.brslz.brsoc.dzsoc.lksoccersos.plspb.ruspb.susrv.brstudiosub.jpsupplysuzukiswatch"
    "taa.ittaipeitaobaotargettas.autattootec.brtec.vetel.trtennisteo.brthe.brtiendatjmaxxtkmaxxtmp.br"
    "tos.ittra.kptrd.brts.nettsk.trtur.artur.brudi.bruk.comuk.netumb.itunicomurl.twus.comus.orguwu.ai"
    "vao.itvda.itven.itvet.brvgs.noviajesvic.auvillasvix.brvotingvoyagevp4.mevuelosvxl.shwalterwaw.pl"
    "web.boweb.doweb.guweb.idweb.inweb.lkweb.nfweb.niweb.pkweb.tjweb.trweb.veweb.zawebcamwww.ckwww.ro"
    "xihuanyachtsynh.frza.comza.netza.orgzapposzlg.br0e.vc5g.in6g.inab.caac.aeac.beac.ciac.cnac.crac.cy"
    "ac.fjac.gnac.idac.ilac.imac.inac.irac.jpac.keac.krac.lkac.lsac.maac.meac.muac.mwac.mzac.niac.nzac.pa"
    "ac.prac.rsac.ruac.rwac.seac.szac.thac.tjac.tzac.ugac.ukac.vnac.zaac.zmac.zwad.jpaetnaag.itah.cnai.in"
    "am.bramfamamicaap.itappleaq.itat.itat.mdat.vgaudioautosav.itav.trba.itbaidubc.cabd.sebe.axbe.gybeats"
    "bg.itbi.itbingobj.cnbl.itbn.itboatsboschbs.itbt.itbz.itca.inca.nacanoncardscc.hncc.nacc.uach.itch.tc"
    "chaseci.itciticck.uacl.itcn.incn.itcn.uacn.vuco.aeco.agco.amco.aoco.bbco.bico.bnco.bwco.caco.cico.cl"
    "co.cmco.crco.czco.dkco.ggco.glco.gyco.huco.inco.irco.jeco.jpco.lcco.lsco.maco.meco.mgco.mwco.mzco.na"
    "co.nico.nlco.noco.omco.pnco.pwco.roco.rsco.rwco.stco.szco.thco.tjco.tmco.ttco.tzco.uaco.ugco.uzco.ve"
    "co.vico.zmco.zwcoachcq.cncr.itcr.uacrowncs.incs.itct.itcv.uacx.uacz.itdaburdancede.gtde.lsde.mddeals"
    "deltadn.uadp.uadr.indr.nadr.trdubaidy.fie4.czed.aoed.cied.cred.pwedekaepsoner.ines.axes.kreu.axfc.it"
    "fe.itfedexfg.itfh.sefi.crfi.itfinalfj.cnfm.brfm.itforexfr.itgallogc.cagd.cngg.axgiftsgivesglobogmail"
    "go.cigo.crgo.idgo.kego.krgo.pwgo.thgo.tjgo.tzgo.uggr.itgr.jpgripegs.cngucciguidegv.aogv.atgx.cngz.cn"
    "ha.cnha.nohb.cnhe.cnhi.cnhk.cnhl.cnhn.cnhondahorsehs.krhyattid.auid.irid.lvid.lyif.uaikanoin.nain.ni"
    "in.rsin.thin.uaio.inio.kgirishis.itit.aoiz.hrjetztjl.cnjp.kgjp.mdjs.cnju.mpjx.cnkg.krkh.uakm.uakr.it"
    "kr.uaks.uakv.ualamerlc.itle.itleaselegallexuslg.jplg.ualillylipsyln.cnlo.itloanslocuslottolt.itlt.ua"
    "lu.itlv.uamacysmangomb.camc.axmc.itmd.cime.inme.keme.some.ssme.tcme.tzme.ukme.vumi.itmi.thmiamimk.ua"
    "mo.cnmoviems.itms.krmt.itmx.nanb.cane.kene.krne.pwne.tzne.ugnexusnf.canikonninjanl.canl.cinm.cnnokia"
    "nowtvns.cant.aunt.cant.ronu.canu.itnx.cnof.byof.jeog.aoog.itomegaon.caonionor.ator.bior.cior.cror.id"
    "or.itor.keor.kror.naor.pwor.thor.tzor.ugox.rsoy.lcoz.aupa.itpartspb.aopc.itpc.plpd.itpe.cape.itpe.kr"
    "pg.inpg.itphonepi.itpizzapl.uapn.itpo.itpokerpp.azpp.rupp.sepp.uapr.itpraxipromopt.itpu.itpv.itpz.it"
    "qc.caqh.cnrc.itre.itre.krrehabrg.itricohrm.itrn.itro.imrodeors.barugbyrv.uasa.ausa.crsalonsb.uasc.cn"
    "sc.kesc.krsc.lssc.tzsc.ugsd.cnsenersh.cnsharpshoessk.caskypeslingsm.uasmilesn.cnsolarsp.itsr.itss.it"
    "stadastudysuckssv.itswisssx.cntatarte.uatirestj.cntm.cytm.dztm.frtm.hutm.kmtm.mctm.mgtm.rotm.setm.za"
    "tmalltn.itto.gtto.mdtoolstoraytotaltourstp.ittr.itts.ittt.imtunestushutv.bbtv.botv.brtv.imtv.intv.it"
    "tv.kgtv.natv.sdtv.trtv.tztw.cnua.rsubankuk.inuk.kgup.inus.axus.inus.kgus.nauz.uavc.itve.itvegasvi.it"
    "vn.uavodkavolvovr.itvs.itvt.itvv.itwa.auwe.bswe.tcweberweiboworldws.naxeroxxj.cnxx.glxy.axxz.cnyahoo"
    "yk.cayn.cnza.bzzj.cnzp.uazt.ua0.bg1.bg2.bg3.bg4.bg5.bg6.bg7.bg8.bg9.bga.bgaarpakdnallyasdab.bgbbva"
    "bikebofabondbuzzc.bgcafecallcbrecyoud.bgdclkdietdishdvage.bgf.bgfagefailfansfiatflirg.bggbizggeegmbh"
    "gugeh.bghairhelphgtvhsbci.bgi.phicbcieeeimdbj.bgjavajeepjprsk.bgkddikpmgkredl.bgl.selegolgbtlidllimo"
    "m.bgmaifmeetn.bgnikeo.bgo.seollop.bgparspccwpinkpohlq.bgqponr.bgreitroomrsvpruhrs.bgsarlsaxoseatseek"
    "sexyshawsncfsohusonysurftevatiaatipstoysu.bgu.sev.bgvisavivavivovotevotow.bgw.seweirx.bgxboxz.bgz.se"
    "zarazeroaflbcgbcnbmsbmwbzhcbncbsceocfdddsdhldiydnpesqfoxfrlftrfyigaphbohktibmjcbjlljmpjnjkfhkpnooo"
    "phdsbsscbsrltdktjxtrvwowwtcwtfxxxzip";

inline constexpr const char* psl_chunks[] = {psl_chunk_0, psl_chunk_1};

inline constexpr std::size_t psl_plain_count = 9391;
inline constexpr std::size_t psl_wildcard_count = 107;
inline constexpr std::size_t psl_exception_count = 8;

// Plain rules, e.g. "co.uk".
inline constexpr std::uint32_t psl_plain[] = {
    0x019afe04u, 0x0136280au, 0x0190ea05u, 0x002ea315u, 0x019b0204u, 0x0094e010u, 0x0094f010u, 0x00cc6c0eu,
    0x00cc7a0eu, 0x00e3e20du, 0x011ec80bu, 0x00af200fu, 0x0136320au, 0x00e3ef0du, 0x00cc880eu, 0x00cc960eu,
    0x00e3fc0du, 0x00e4090du, 0x00e4160du, 0x00e4230du, 0x01688507u, 0x01688c07u, 0x01689307u, 0x00e4300du,
    0x01689a07u, 0x01462209u, 0x0011ec15u, 0x019b0604u, 0x0168a107u, 0x0168a807u, 0x0172f006u, 0x0172f606u,
    0x0172fc06u, 0x019b0a04u, 0x0168af07u, 0x00cca40eu, 0x019b0e04u, 0x015b5d08u, 0x015b6508u, 0x015b6d08u,
    0x01730206u, 0x019b1204u, 0x0190ef05u, 0x019b1604u, 0x01730806u, 0x0168b607u, 0x0190f405u, 0x019b1a04u,
    0x019b1e04u, 0x019b2204u, 0x01462b09u, 0x019b2604u, 0x00790d11u, 0x01463409u, 0x00e3eb04u, 0x00950010u,
    0x01612005u, 0x001fa903u, 0x0168bd07u, 0x011ed30bu, 0x019b2a04u, 0x0190f905u, 0x01730e06u, 0x003b0614u,
    0x01731403u, 0x01731406u, 0x01731a06u, 0x01732003u, 0x01732006u, 0x00ccb20eu, 0x00ccc00eu, 0x004c0e11u,
    0x011ede0bu, 0x000ce604u, 0x01732606u, 0x0168c407u, 0x01732c06u, 0x01363c0au, 0x00951010u, 0x015b7508u,
    0x00040902u, 0x0190fe05u, 0x0158c805u, 0x01910305u, 0x01910805u, 0x01910d05u, 0x01911205u, 0x01911705u,
    0x01911c05u, 0x01912105u, 0x01463d09u, 0x01912605u, 0x01912b05u, 0x01913005u, 0x01913505u, 0x01913a05u,
    0x01913f05u, 0x01914405u, 0x01914905u, 0x01464609u, 0x01914e05u, 0x01915305u, 0x01915805u, 0x01915d05u,
    0x01916205u, 0x01916705u, 0x01916c05u, 0x01917105u, 0x01917605u, 0x01917b05u, 0x01918005u, 0x01918505u,
    0x01918a05u, 0x01918f05u, 0x01919405u, 0x01919905u, 0x01919e05u, 0x0191a305u, 0x0191a805u, 0x0191ad05u,
    0x0191b205u, 0x0191b705u, 0x0191bc05u, 0x0191c105u, 0x0191c605u, 0x0168cb07u, 0x011ee90bu, 0x00a3e907u,
    0x00ccce0eu, 0x01464f09u, 0x00e43d0du, 0x0011951bu, 0x001a6318u, 0x003ef40au, 0x011ef40bu, 0x015b7d08u,
    0x002b7d0eu, 0x012dd503u, 0x01733206u, 0x0136460au, 0x00af2f0fu, 0x00b8fe05u, 0x00184b02u, 0x0191cb05u,
    0x00af3e0fu, 0x011eff0bu, 0x01733806u, 0x00306011u, 0x00791e11u, 0x00602912u, 0x00603b12u, 0x00573403u,
    0x015b8505u, 0x015b8508u, 0x01733e06u, 0x01734406u, 0x01365a0au, 0x0136640au, 0x0003ef02u, 0x01734a06u,
    0x00920b03u, 0x01465809u, 0x0011ac04u, 0x0168d207u, 0x0168d907u, 0x00ccdc0eu, 0x00e44a0du, 0x00ccea0eu,
    0x011f0a0bu, 0x0191d005u, 0x00017002u, 0x0025b316u, 0x010a4609u, 0x019cda03u, 0x007c4106u, 0x01466109u,
    0x01366e0au, 0x0010d802u, 0x0191d505u, 0x00ccf80eu, 0x0168e007u, 0x00952010u, 0x0136780au, 0x00604d12u,
    0x01735006u, 0x011f150bu, 0x01735606u, 0x015b8d08u, 0x015b9508u, 0x00605f12u, 0x010c980cu, 0x0168e707u,
    0x0168ee07u, 0x0168f507u, 0x005fcd10u, 0x0191da05u, 0x01612805u, 0x00122e02u, 0x0191df05u, 0x004be613u,
    0x00505208u, 0x01735c06u, 0x004d0a03u, 0x00607112u, 0x00cd060eu, 0x00e4570du, 0x01736206u, 0x002eb815u,
    0x001a7b18u, 0x00da700au, 0x01736806u, 0x00e4640du, 0x015b9d08u, 0x00af4d0fu, 0x00792f11u, 0x00cd140eu,
    0x00e4710du, 0x010ca40cu, 0x010cb00cu, 0x01736e06u, 0x00af5c0fu, 0x00cd220eu, 0x00cd300eu, 0x00cd3e0eu,
    0x0025c916u, 0x004bf913u, 0x0020ab17u, 0x0014021au, 0x01737406u, 0x014d1305u, 0x004c0c13u, 0x0136820au,
    0x00953010u, 0x00794011u, 0x00608312u, 0x01368c0au, 0x0025df16u, 0x00cd4c0eu, 0x003b1a14u, 0x010cbc0cu,
    0x001a9318u, 0x00954010u, 0x002ecd15u, 0x00e47e0du, 0x00af6b0fu, 0x019b2e04u, 0x00c5df0cu, 0x00955010u,
    0x00795111u, 0x006a170eu, 0x0027fd08u, 0x004c1f13u, 0x00e48b0du, 0x010cc80cu, 0x011f200bu, 0x00e4980du,
    0x00609512u, 0x00011802u, 0x01466a09u, 0x01467309u, 0x01752b05u, 0x01467c09u, 0x001c2605u, 0x014d1c05u,
    0x00cd5a0eu, 0x010cd40cu, 0x015ba508u, 0x00e4a50du, 0x00cd680eu, 0x0136960au, 0x01468509u, 0x01468e09u,
    0x0168fc07u, 0x01737a06u, 0x01469709u, 0x015bad08u, 0x019b3204u, 0x00af7a0fu, 0x002ee215u, 0x002ef715u,
    0x01738006u, 0x010ce00cu, 0x01738606u, 0x01738c06u, 0x01690307u, 0x00cd760eu, 0x002c2e0du, 0x0039020cu,
    0x0146a009u, 0x00cd840eu, 0x00002502u, 0x0191e405u, 0x0146a909u, 0x0124d005u, 0x0146b209u, 0x008d310cu,
    0x00cd920eu, 0x0060a712u, 0x00226413u, 0x0060b912u, 0x00002506u, 0x010cec0cu, 0x00cda00eu, 0x00956010u,
    0x0035390fu, 0x00957010u, 0x0020c217u, 0x0060cb12u, 0x00af890fu, 0x00cdae0eu, 0x0169ca04u, 0x0191e905u,
    0x00cdbc0eu, 0x0191ee05u, 0x01690a07u, 0x01691107u, 0x00cdca0eu, 0x00958009u, 0x00958010u, 0x00cdd80eu,
    0x01476a05u, 0x0146bb09u, 0x004c3213u, 0x00cde60eu, 0x00796211u, 0x015bb508u, 0x0146c409u, 0x00686b0au,
    0x010cf80cu, 0x0146cd09u, 0x010d040cu, 0x01578108u, 0x001aab18u, 0x001ac318u, 0x0025f516u, 0x00260b16u,
    0x01691807u, 0x015bbd08u, 0x00e4bf0du, 0x00af980fu, 0x00afa70fu, 0x00959010u, 0x00afb60fu, 0x01739206u,
    0x00e4cc0du, 0x004c4513u, 0x0020ca0fu, 0x001b1603u, 0x00206f02u, 0x018ffb05u, 0x00afc50fu, 0x0060dd12u,
    0x00cdf40eu, 0x01645c03u, 0x0095a010u, 0x0043bd09u, 0x00afd40fu, 0x00ab0808u, 0x00ce020eu, 0x0090fe08u,
    0x00080823u, 0x00082b23u, 0x00084e23u, 0x000cf91fu, 0x00087123u, 0x00089423u, 0x0146d609u, 0x0146df09u,
    0x0191f305u, 0x0146e809u, 0x010d100cu, 0x0136a00au, 0x0136aa0au, 0x00ce100eu, 0x0146f109u, 0x000f8d03u,
    0x0060ef12u, 0x01739806u, 0x01739e06u, 0x010d1c0cu, 0x001adb18u, 0x0010611cu, 0x00ce1e0eu, 0x010d280cu,
    0x00797311u, 0x0191f805u, 0x010d340cu, 0x00ce2c0eu, 0x010d400cu, 0x00610112u, 0x0020d917u, 0x0106680bu,
    0x0136b40au, 0x00afe302u, 0x0191fd05u, 0x0146fa09u, 0x00afe30fu, 0x013dd109u, 0x000e7b02u, 0x00812106u,
    0x0182e105u, 0x014d2505u, 0x00914b04u, 0x0095b010u, 0x00611312u, 0x0095c010u, 0x0173a406u, 0x0095d010u,
    0x0095e010u, 0x002f0c15u, 0x00612512u, 0x004c5805u, 0x00ce3a0eu, 0x004c5813u, 0x0115b408u, 0x0136be0au,
    0x0136c80au, 0x01470309u, 0x00ce480eu, 0x00798411u, 0x002f2115u, 0x006df60du, 0x00ce560eu, 0x0136d20au,
    0x00ac8504u, 0x01691f07u, 0x01131804u, 0x0173aa06u, 0x001baa03u, 0x0173b006u, 0x0173b606u, 0x0173bc06u,
    0x0173c206u, 0x0026dd0au, 0x0173c806u, 0x0173ce06u, 0x004c6b13u, 0x0095f010u, 0x00ce640eu, 0x003f5604u,
    0x01692607u, 0x004c7e13u, 0x00799511u, 0x01692d07u, 0x0024c20bu, 0x01693407u, 0x01693b07u, 0x01694207u,
    0x003b2e14u, 0x010d4c0cu, 0x00000802u, 0x014d2e05u, 0x008d730eu, 0x00ce720eu, 0x00960010u, 0x010d580cu,
    0x00aff20fu, 0x00b0010fu, 0x0079a611u, 0x002f3615u, 0x00961010u, 0x003b4214u, 0x004c9113u, 0x00262116u,
    0x00962010u, 0x00b0100fu, 0x019b3604u, 0x01470c09u, 0x011f2b0bu, 0x002f4b15u, 0x004ca413u, 0x0079b711u,
    0x00b01f0fu, 0x00613712u, 0x00108104u, 0x015bc508u, 0x015bcd08u, 0x015bd508u, 0x0136dc0au, 0x00b02e0fu,
    0x0173d406u, 0x0173da06u, 0x015bdd08u, 0x00b03d0fu, 0x0173e006u, 0x00614912u, 0x003b5614u, 0x00e4d90du,
    0x01694907u, 0x01695007u, 0x01695707u, 0x011f360bu, 0x01695e07u, 0x01696507u, 0x01696c07u, 0x01697307u,
    0x01697a07u, 0x01698107u, 0x01698807u, 0x0136e60au, 0x00159210u, 0x00615b12u, 0x015be508u, 0x01698f07u,
    0x00963010u, 0x00ce800eu, 0x0008cd02u, 0x00964010u, 0x01471509u, 0x01920205u, 0x01920705u, 0x01920c05u,
    0x0079c811u, 0x0173e606u, 0x01699607u, 0x00175c19u, 0x00ce8e0eu, 0x0173ec06u, 0x0173f206u, 0x00616d12u,
    0x00617f12u, 0x015bed08u, 0x001fbf02u, 0x01471e09u, 0x01699d07u, 0x0169a404u, 0x0169a407u, 0x01921105u,
    0x010d640cu, 0x011f410bu, 0x015bf508u, 0x0169ab07u, 0x0136f00au, 0x0079d911u, 0x00ce9c0eu, 0x0169b207u,
    0x010d700cu, 0x00e4e60du, 0x00965010u, 0x010d7c0cu, 0x003b6a14u, 0x00966010u, 0x011f4c06u, 0x011f4c0bu,
    0x0079ea04u, 0x0169b907u, 0x010d880cu, 0x0079ea11u, 0x01921605u, 0x01921b05u, 0x01922005u, 0x011f570bu,
    0x01472709u, 0x0169c007u, 0x00b04c0fu, 0x01473009u, 0x0136fa0au, 0x0137040au, 0x01473909u, 0x00002b02u,
    0x0042a00eu, 0x00002b03u, 0x001af318u, 0x011f620bu, 0x00640c02u, 0x00640c03u, 0x011f6d0bu, 0x00b05b0fu,
    0x00ceaa0eu, 0x0079fb11u, 0x007a0c11u, 0x00002702u, 0x014d3705u, 0x00e4f30du, 0x00b06a0fu, 0x007a1d11u,
    0x000f8205u, 0x00967010u, 0x000f8213u, 0x007a3f11u, 0x01474209u, 0x019b3a04u, 0x01742a04u, 0x013d9a04u,
    0x00968010u, 0x000e9202u, 0x01474b09u, 0x01922505u, 0x01475409u, 0x00e5000du, 0x011f7804u, 0x011f780bu,
    0x011f830bu, 0x011f8e0bu, 0x00b0790fu, 0x011f990bu, 0x00ceb80eu, 0x00cec60eu, 0x00ced40eu, 0x00b0880fu,
    0x0099350bu, 0x01475d09u, 0x01922a05u, 0x01370e0au, 0x011fa40bu, 0x015c0508u, 0x011faf0bu, 0x00619112u,
    0x00e50d0du, 0x010d940cu, 0x00b0970fu, 0x0061a312u, 0x004cb713u, 0x01476609u, 0x010da00cu, 0x00969010u,
    0x0137180au, 0x01476f09u, 0x0169c707u, 0x00cee20eu, 0x004cca04u, 0x004cca13u, 0x0096a010u, 0x0158b704u,
    0x0010a203u, 0x0169ce07u, 0x015c0d08u, 0x015c1508u, 0x015c1d08u, 0x0096b009u, 0x0096b010u, 0x011fba0bu,
    0x015c2508u, 0x015c2d08u, 0x015c3508u, 0x015c3d08u, 0x0169d507u, 0x001b2318u, 0x00263716u, 0x001b3b18u,
    0x00177519u, 0x015c4508u, 0x015c4d08u, 0x0137220au, 0x011fc50bu, 0x015c5508u, 0x015c5d08u, 0x01372c08u,
    0x01372c0au, 0x015c6508u, 0x01373608u, 0x0137360au, 0x0137400au, 0x01477809u, 0x010db80cu, 0x01478109u,
    0x01478a09u, 0x01479309u, 0x015c6d08u, 0x01374a0au, 0x0137540au, 0x00e51a0du, 0x015c7508u, 0x00b0a60fu,
    0x007a5011u, 0x00b0b50fu, 0x01375e0au, 0x015c7d08u, 0x0173f806u, 0x0169dc07u, 0x01479c09u, 0x00b0c408u,
    0x00b0c40fu, 0x010dc40cu, 0x010dd00cu, 0x010ddc0cu, 0x00cef00eu, 0x00e5270du, 0x00cea00au, 0x010de80cu,
    0x00b0d30fu, 0x010df40cu, 0x00e5340du, 0x0169e307u, 0x0173fe06u, 0x002e1a02u, 0x0175dc03u, 0x01740406u,
    0x0199fd03u, 0x019b3e04u, 0x01922f05u, 0x00cefe0eu, 0x019cdd03u, 0x0096c010u, 0x019ce003u, 0x01923405u,
    0x00081e02u, 0x01923905u, 0x0147a509u, 0x01923e05u, 0x00cf0c0eu, 0x00cf1a0eu, 0x0147ae09u, 0x01924305u,
    0x01740a06u, 0x0096d010u, 0x0147b709u, 0x003b7e14u, 0x0169ea07u, 0x01073b04u, 0x0147c909u, 0x01741006u,
    0x015c8508u, 0x015c8d08u, 0x00b0e20fu, 0x0137680au, 0x010e000cu, 0x0169f107u, 0x00e5410du, 0x01144107u,
    0x0137720au, 0x00cf280eu, 0x0147d209u, 0x00b0f10fu, 0x011fd00bu, 0x00e54e06u, 0x00e54e0du, 0x011fdb0bu,
    0x01377c0au, 0x0016fe04u, 0x0169f807u, 0x001bea03u, 0x01741606u, 0x003b9214u, 0x0061b512u, 0x00cf360eu,
    0x00cf440eu, 0x011dca02u, 0x0016e002u, 0x0147db09u, 0x01924805u, 0x001f9102u, 0x01741c06u, 0x01742206u,
    0x00268502u, 0x01924d05u, 0x00e55b0du, 0x010e0c0cu, 0x01742806u, 0x01742e06u, 0x007a6111u, 0x010e1805u,
    0x010e180cu, 0x00abf403u, 0x0096e010u, 0x0137860au, 0x0147e409u, 0x00e5680du, 0x0147ed09u, 0x0061c712u,
    0x015c9508u, 0x0061d912u, 0x019b4204u, 0x00e5750du, 0x011fe60bu, 0x0147f609u, 0x0164d104u, 0x01925205u,
    0x01743403u, 0x01743406u, 0x01743a06u, 0x01744006u, 0x003ba614u, 0x00cf520eu, 0x011ff10bu, 0x007a7211u,
    0x00e5820du, 0x010e240cu, 0x0147ff09u, 0x0096f003u, 0x01744606u, 0x01744c06u, 0x01745206u, 0x01745806u,
    0x01745e06u, 0x01746406u, 0x01746a06u, 0x01747006u, 0x01747606u, 0x01747c06u, 0x01748206u, 0x01748806u,
    0x01748e06u, 0x01749406u, 0x01749a06u, 0x0174a006u, 0x0174a606u, 0x0174ac06u, 0x0174b206u, 0x0174b806u,
    0x0174be06u, 0x0174c406u, 0x0174ca06u, 0x0174d006u, 0x0174d606u, 0x0174dc06u, 0x0174e206u, 0x0174e806u,
    0x0096f010u, 0x00850802u, 0x01925705u, 0x0137900au, 0x010e300cu, 0x015c9d08u, 0x01925c05u, 0x00970005u,
    0x00970010u, 0x011ffc0bu, 0x0120070bu, 0x003cb204u, 0x0169ff07u, 0x016a0607u, 0x016a0d07u, 0x016a1407u,
    0x016a1b07u, 0x0120120bu, 0x01201d0bu, 0x0120280bu, 0x010e3c0cu, 0x010e480cu, 0x0120330bu, 0x01203e0bu,
    0x0120490bu, 0x0120540bu, 0x01205f0bu, 0x01206a0bu, 0x0120750bu, 0x0120800bu, 0x01208b0bu, 0x0120960bu,
    0x0120a10bu, 0x00cf600eu, 0x00cf6e0eu, 0x00cf7c0eu, 0x00cf8a0eu, 0x00cf980eu, 0x00cfa60eu, 0x00cfb40eu,
    0x00b1000cu, 0x00b1000fu, 0x00b10f0fu, 0x00b11e0fu, 0x00b12d0fu, 0x00b13c0fu, 0x00b14b0fu, 0x00b15a0fu,
    0x00b1690fu, 0x00b1780fu, 0x00b1870fu, 0x00b1960fu, 0x00b1a50fu, 0x00b1b40fu, 0x0120ac0bu, 0x0120b70bu,
    0x0120c20bu, 0x0120cd0bu, 0x0120d80bu, 0x0120e30bu, 0x0120ee0bu, 0x0120f90bu, 0x0121040bu, 0x01210f0bu,
    0x01211a0bu, 0x0121250bu, 0x0121300bu, 0x01213b0bu, 0x0121460bu, 0x0121510bu, 0x01215c0bu, 0x0121670bu,
    0x0121720bu, 0x01217d0bu, 0x0121880bu, 0x0121930bu, 0x01219e0bu, 0x0121a90bu, 0x0121b40bu, 0x0121bf0bu,
    0x0121ca0bu, 0x0121d50bu, 0x0121e00bu, 0x0121eb0bu, 0x0121f60bu, 0x0122010bu, 0x01220c0bu, 0x0122170bu,
    0x0122220bu, 0x01222d0bu, 0x0122380bu, 0x0122430bu, 0x01224e0bu, 0x0122590bu, 0x0122640bu, 0x01226f0bu,
    0x010e540cu, 0x01480809u, 0x01227a0bu, 0x011f7c04u, 0x0122850bu, 0x015ca508u, 0x0061eb02u, 0x0174ee06u,
    0x0061eb12u, 0x019ce303u, 0x019ce603u, 0x00acfc02u, 0x01926105u, 0x01379a0au, 0x0174f406u, 0x001fd702u,
    0x0144ab05u, 0x00cfc20eu, 0x00cfd00eu, 0x01926605u, 0x0122900bu, 0x016a2207u, 0x0137a40au, 0x019b4604u,
    0x016a2907u, 0x00264d16u, 0x00cfde0eu, 0x0137ae0au, 0x0137b80au, 0x016a3007u, 0x003bba14u, 0x0137c20au,
    0x0103da03u, 0x015cad08u, 0x019b4a04u, 0x01229b0bu, 0x00521403u, 0x0174fa06u, 0x00521404u, 0x016a3707u,
    0x00cfec0eu, 0x0137cc0au, 0x01926b05u, 0x01750006u, 0x00e58f06u, 0x00e58f0du, 0x00266303u, 0x00971010u,
    0x00266316u, 0x003bce14u, 0x00e59c0du, 0x010e600cu, 0x002efd0fu, 0x015cb508u, 0x0137d60au, 0x00cf3d03u,
    0x0137e00au, 0x01750606u, 0x010e6c0cu, 0x007a8311u, 0x0061fd12u, 0x015cbd08u, 0x0122a60bu, 0x0137ea0au,
    0x0122b10bu, 0x000def02u, 0x01750c06u, 0x01732d05u, 0x015cc508u, 0x015ccd08u, 0x0020f017u, 0x00e5a90du,
    0x0122bc0bu, 0x010e780cu, 0x0137f40au, 0x0122c70bu, 0x0122d20bu, 0x00cffa0eu, 0x00d0080eu, 0x00267916u,
    0x00972010u, 0x015cd508u, 0x010e840cu, 0x0122dd06u, 0x0122dd0bu, 0x0137fe0au, 0x00d0160eu, 0x016a3e07u,
    0x003be214u, 0x00e5b60du, 0x00e5c30du, 0x00d0240eu, 0x00b1c308u, 0x00b1c30fu, 0x00973010u, 0x0138080au,
    0x015cdd08u, 0x0004a902u, 0x01927005u, 0x01751206u, 0x0138120au, 0x005de002u, 0x01927505u, 0x01414505u,
    0x01381c0au, 0x003c7205u, 0x0062cd08u, 0x00b1d20fu, 0x007a9411u, 0x0138260au, 0x00620f12u, 0x004cdd13u,
    0x01481a09u, 0x00974010u, 0x004cf013u, 0x00b1e10fu, 0x00d0320eu, 0x00b3030au, 0x015ce508u, 0x00e5d00du,
    0x0122e808u, 0x0122e80bu, 0x01751806u, 0x00a75303u, 0x0138300au, 0x00d0400eu, 0x00975010u, 0x019b4e04u,
    0x00000202u, 0x01898002u, 0x00127902u, 0x010e900cu, 0x01482309u, 0x01383a0au, 0x015ced08u, 0x015cf508u,
    0x00b1f002u, 0x01927a05u, 0x019ce903u, 0x019b5204u, 0x0106b60bu, 0x008c4904u, 0x01919504u, 0x01751e06u,
    0x00011002u, 0x000c7721u, 0x01482c09u, 0x01927f05u, 0x01635005u, 0x01928405u, 0x00976010u, 0x014d4005u,
    0x015cfd08u, 0x01752406u, 0x00b1ff03u, 0x00b1ff0fu, 0x00b20e0fu, 0x019b5604u, 0x01483509u, 0x0122f30bu,
    0x00e5dd0du, 0x000dd903u, 0x01752a06u, 0x006fde0bu, 0x007aa511u, 0x019b5a04u, 0x00977010u, 0x0122fe0bu,
    0x00436c03u, 0x01753006u, 0x00978010u, 0x0138440au, 0x00436c06u, 0x00622104u, 0x00b21d0fu, 0x0123090bu,
    0x00622112u, 0x007ab611u, 0x00979010u, 0x0123140bu, 0x00e5ea0du, 0x00353e0au, 0x00e5f70du, 0x01231f0bu,
    0x01928905u, 0x00e6040du, 0x00d04e0eu, 0x007ac711u, 0x015d0508u, 0x01384e07u, 0x01384e0au, 0x015d0d08u,
    0x00178e03u, 0x00178e19u, 0x016a4507u, 0x003bf614u, 0x004d0313u, 0x01928e05u, 0x00319e04u, 0x016a4c06u,
    0x016a4c07u, 0x0138580au, 0x0097a010u, 0x00b22c0fu, 0x015d1508u, 0x00d05c0eu, 0x009d3804u, 0x007ad811u,
    0x002f6004u, 0x01232a0bu, 0x002f6015u, 0x01386204u, 0x0138620au, 0x0084d104u, 0x01483e06u, 0x01483e09u,
    0x00e6110du, 0x00d06a0eu, 0x0008cc03u, 0x01753606u, 0x01386c0au, 0x010e9c0cu, 0x00e61e08u, 0x00e61e0du,
    0x0138760au, 0x00b23b08u, 0x00b23b0fu, 0x01484709u, 0x002cd005u, 0x00205d03u, 0x01753c06u, 0x019cec03u,
    0x019b5e04u, 0x019cef03u, 0x00119602u, 0x015d1d08u, 0x015d2508u, 0x015d2d08u, 0x015d3508u, 0x015d3d08u,
    0x015d4508u, 0x015d4d08u, 0x015d5508u, 0x015d5d08u, 0x015d6508u, 0x015d6d08u, 0x015d7508u, 0x015d7d08u,
    0x015d8508u, 0x01929305u, 0x015d8d08u, 0x015d9508u, 0x015d9d08u, 0x015da508u, 0x015dad08u, 0x015db508u,
    0x015dbd08u, 0x015dc508u, 0x015dcd08u, 0x015dd508u, 0x015ddd08u, 0x015de508u, 0x015ded08u, 0x015df508u,
    0x015dfd08u, 0x01929805u, 0x015e0508u, 0x015e0d08u, 0x015e1508u, 0x015e1d08u, 0x015e2508u, 0x015e2d08u,
    0x015e3508u, 0x015e3d08u, 0x015e4508u, 0x015e4d08u, 0x015e5508u, 0x015e5d08u, 0x015e6508u, 0x015e6d08u,
    0x015e7508u, 0x015e7d08u, 0x015e8508u, 0x015e8d08u, 0x01929d05u, 0x015e9508u, 0x015e9d08u, 0x015ea508u,
    0x015ead08u, 0x015eb508u, 0x015ebd08u, 0x015ec508u, 0x015ecd08u, 0x01754206u, 0x00135002u, 0x01485009u,
    0x00e62b0du, 0x00141c1au, 0x00e6380du, 0x01485909u, 0x01260605u, 0x01486209u, 0x0123350bu, 0x00e6450du,
    0x00301006u, 0x0030100du, 0x000fb31du, 0x019cf203u, 0x00d86804u, 0x00623312u, 0x0123400bu, 0x00b24a0fu,
    0x00d0780eu, 0x0016c602u, 0x01234b0bu, 0x00999f03u, 0x019cf503u, 0x003bd402u, 0x0009cf02u, 0x01486b09u,
    0x0192a205u, 0x0192a705u, 0x002f7515u, 0x010ea80cu, 0x007ae911u, 0x01754806u, 0x00900907u, 0x0090090fu,
    0x016a5307u, 0x010eb40cu, 0x0192ac05u, 0x00624504u, 0x00624512u, 0x015ed505u, 0x015ed508u, 0x007afa11u,
    0x010ec00cu, 0x0123560bu, 0x010ecc0cu, 0x010ed80cu, 0x00e6520du, 0x00e65f0du, 0x003c0a14u, 0x0020a308u,
    0x00d0860eu, 0x0123610bu, 0x00148b13u, 0x01487409u, 0x002f8a15u, 0x00210717u, 0x004d1613u, 0x00625712u,
    0x00626912u, 0x004d2913u, 0x00627b12u, 0x007b0b11u, 0x004d3c13u, 0x002f9f15u, 0x004d4f13u, 0x00b2590fu,
    0x0097b010u, 0x00268f16u, 0x01236c0bu, 0x0123770bu, 0x00b2680fu, 0x016a5a07u, 0x00211e17u, 0x015edd08u,
    0x004d6213u, 0x0009cf22u, 0x001b5318u, 0x00b2770fu, 0x00d0940eu, 0x004d7513u, 0x0097c010u, 0x0097d010u,
    0x0097e010u, 0x0097f010u, 0x00d0a20eu, 0x00b2860fu, 0x00b2950fu, 0x00b2a40fu, 0x0138800au, 0x007b1c11u,
    0x002fb415u, 0x01487d09u, 0x01754e06u, 0x00d0b00eu, 0x01755406u, 0x0123820bu, 0x01238d0bu, 0x00e66c0du,
    0x00b2b30fu, 0x00e6790du, 0x00e6860du, 0x007b2d11u, 0x01755a06u, 0x00119702u, 0x0192b105u, 0x016a6107u,
    0x01388a0au, 0x0138940au, 0x01756006u, 0x007b3e11u, 0x00e6930du, 0x015ee508u, 0x01756606u, 0x00e6a00du,
    0x0059f405u, 0x00d0be0eu, 0x01389e0au, 0x016a6807u, 0x0192b604u, 0x0192b605u, 0x00628d04u, 0x016a6f07u,
    0x015eed08u, 0x00629f12u, 0x004d8813u, 0x004d9b13u, 0x00b2d10fu, 0x0192bb05u, 0x00000f02u, 0x0192c005u,
    0x01756c06u, 0x015ef508u, 0x015efd08u, 0x01488609u, 0x00d0e80eu, 0x00e6ad0du, 0x00982005u, 0x00982010u,
    0x00b2e00fu, 0x01757206u, 0x015f0508u, 0x00d0f60eu, 0x002c870cu, 0x015f0d08u, 0x00000f05u, 0x002fc915u,
    0x00213517u, 0x0138a80au, 0x0011b01bu, 0x0014361au, 0x002fde15u, 0x0138b20au, 0x010ef00cu, 0x00983010u,
    0x00b2ef0fu, 0x010efc0cu, 0x001d3a11u, 0x004dae13u, 0x004dc113u, 0x004dd413u, 0x00d1040eu, 0x0062b112u,
    0x0024ed0eu, 0x010f080cu, 0x0123980bu, 0x0138bc0au, 0x010f140cu, 0x0138c60au, 0x010f200au, 0x010f200cu,
    0x0123a30bu, 0x0123ae0bu, 0x0138d00au, 0x0138da0au, 0x0062c312u, 0x007b4f11u, 0x00e44e04u, 0x00e44e09u,
    0x016a7607u, 0x016a7d07u, 0x00b53202u, 0x0009f102u, 0x000df11eu, 0x0009f122u, 0x01757806u, 0x01488f09u,
    0x0192c505u, 0x0192ca05u, 0x0192cf05u, 0x0192d405u, 0x01757e06u, 0x015f1508u, 0x01758406u, 0x00002f02u,
    0x0192d905u, 0x0192de05u, 0x0192e305u, 0x0192e805u, 0x00cf6905u, 0x0192ed05u, 0x0192f205u, 0x01793305u,
    0x0192f705u, 0x0123b90bu, 0x0192fc05u, 0x01930105u, 0x01930605u, 0x01930b05u, 0x01931005u, 0x01758a06u,
    0x01931505u, 0x01931a05u, 0x01931f05u, 0x010f2c0cu, 0x01489809u, 0x010f380cu, 0x01932405u, 0x01932905u,
    0x01932e05u, 0x01933305u, 0x00cf7705u, 0x00a88b05u, 0x0151c905u, 0x01933805u, 0x01933d05u, 0x01631005u,
    0x01934205u, 0x01934705u, 0x00cf9305u, 0x01759005u, 0x01759006u, 0x01934c05u, 0x01935105u, 0x01935605u,
    0x01935b05u, 0x01936005u, 0x0059f705u, 0x01936505u, 0x01936a05u, 0x01936f05u, 0x0138e40au, 0x01937405u,
    0x01937905u, 0x01937e05u, 0x00cfa105u, 0x01938305u, 0x015f1d05u, 0x015f1d08u, 0x01938805u, 0x01938d05u,
    0x01939205u, 0x01939705u, 0x01939c05u, 0x0193a105u, 0x0193a605u, 0x00e6c70du, 0x0193ab05u, 0x0193b005u,
    0x0193b505u, 0x0193ba05u, 0x0193bf05u, 0x0193c405u, 0x0193c905u, 0x003c6905u, 0x014d4905u, 0x0193ce05u,
    0x0193d305u, 0x0193d805u, 0x00cfbd05u, 0x0193dd05u, 0x0193e205u, 0x0193e705u, 0x0123c40bu, 0x002ff315u,
    0x0138ee0au, 0x00e6d40du, 0x010f4405u, 0x010f440cu, 0x0123cf0bu, 0x01759606u, 0x0148a109u, 0x01759c06u,
    0x00d1200eu, 0x007b6011u, 0x0080c607u, 0x00d12e0eu, 0x016a8407u, 0x0011cb1bu, 0x0026a516u, 0x0026800fu,
    0x00b2fe0fu, 0x00002f03u, 0x0175a206u, 0x0175a806u, 0x0175ae06u, 0x0175b406u, 0x0175ba06u, 0x0175c006u,
    0x00b10906u, 0x00426c06u, 0x0175c606u, 0x0175cc06u, 0x0175d206u, 0x0175d806u, 0x0175de06u, 0x0175e406u,
    0x0175ea06u, 0x0175f006u, 0x0175f606u, 0x0175fc06u, 0x000deb06u, 0x01760206u, 0x01760806u, 0x00b13606u,
    0x01760e06u, 0x01761406u, 0x01761a06u, 0x000a0d06u, 0x00b14506u, 0x01762006u, 0x01762606u, 0x01762c06u,
    0x00532606u, 0x01763206u, 0x01763806u, 0x01763e06u, 0x01764406u, 0x01764a06u, 0x00b16306u, 0x00b17206u,
    0x00b18106u, 0x01765006u, 0x01765606u, 0x01765c06u, 0x01766206u, 0x01766806u, 0x01766e06u, 0x01767406u,
    0x01767a06u, 0x01768006u, 0x01768606u, 0x01768c06u, 0x01769206u, 0x01769806u, 0x01769e06u, 0x0176a406u,
    0x0176aa06u, 0x0176b006u, 0x0176b606u, 0x0176bc06u, 0x0176c206u, 0x0176c806u, 0x0176ce06u, 0x0176d406u,
    0x0176da06u, 0x0176e006u, 0x0176e606u, 0x0176ec06u, 0x0176f206u, 0x0176f806u, 0x0176fe06u, 0x01770406u,
    0x01770a06u, 0x01771006u, 0x01771606u, 0x01771c06u, 0x01772206u, 0x01772806u, 0x01772e06u, 0x01773406u,
    0x01773a06u, 0x01774006u, 0x01774606u, 0x01774c06u, 0x00b19006u, 0x01775206u, 0x01775806u, 0x01775e06u,
    0x01776406u, 0x01776a06u, 0x01777006u, 0x01777606u, 0x00b19f06u, 0x01777c06u, 0x01778206u, 0x01778806u,
    0x01778e06u, 0x01779406u, 0x01779a06u, 0x0177a006u, 0x0177a606u, 0x0177ac06u, 0x0177b206u, 0x0177b806u,
    0x0177be06u, 0x0177c406u, 0x0177ca06u, 0x0177d006u, 0x0177d606u, 0x0177dc06u, 0x0177e206u, 0x0177e806u,
    0x0177ee06u, 0x0177f406u, 0x0177fa06u, 0x01780006u, 0x01780606u, 0x01780c06u, 0x01781206u, 0x01781806u,
    0x01781e06u, 0x01782406u, 0x01782a06u, 0x01783006u, 0x01783606u, 0x01783c06u, 0x0152f106u, 0x01784206u,
    0x00b1ae06u, 0x01784806u, 0x00beec06u, 0x01784e06u, 0x01785406u, 0x00b1bd06u, 0x01785a06u, 0x01786006u,
    0x01786606u, 0x01786c06u, 0x01787206u, 0x01787806u, 0x01787e06u, 0x01788406u, 0x01788a06u, 0x016a8b07u,
    0x015f2d08u, 0x0138f80au, 0x003c3214u, 0x0008c515u, 0x007b7109u, 0x00984010u, 0x007b7111u, 0x00985010u,
    0x016a9207u, 0x016a9907u, 0x016aa007u, 0x0026bb08u, 0x00b30d0fu, 0x0026bb16u, 0x01789006u, 0x01789606u,
    0x016aa707u, 0x016aae07u, 0x016ab507u, 0x00b31c0fu, 0x016abc07u, 0x010f500cu, 0x010f5c0cu, 0x00b32b0fu,
    0x00b33a0au, 0x00b33a0fu, 0x016ac307u, 0x0123da0bu, 0x004de713u, 0x0026d116u, 0x0123e50bu, 0x001a870cu,
    0x00d14a0eu, 0x00d15807u, 0x00d1580eu, 0x00d28804u, 0x0123f00bu, 0x00d16604u, 0x016aca07u, 0x016ad107u,
    0x016ad807u, 0x016adf07u, 0x016ae607u, 0x016aed07u, 0x016af407u, 0x016afb07u, 0x016b0207u, 0x016b0907u,
    0x00d1660eu, 0x007b8211u, 0x015f3508u, 0x0062d512u, 0x016b1007u, 0x00b3490fu, 0x0139020au, 0x00d1740eu,
    0x003c4614u, 0x010f680cu, 0x002c5307u, 0x002c5314u, 0x00e6e10du, 0x016b1706u, 0x016b1707u, 0x016b1e07u,
    0x01789c06u, 0x01136903u, 0x016b2507u, 0x0193ec05u, 0x003b3502u, 0x0193f105u, 0x0193f605u, 0x010f740cu,
    0x003b350du, 0x00986010u, 0x0148aa09u, 0x0178a206u, 0x00b3580fu, 0x0123fb06u, 0x01390c0au, 0x0123fb0bu,
    0x0139160au, 0x0148b309u, 0x0178a806u, 0x0178ae06u, 0x016b2c07u, 0x0148bc09u, 0x0139200au, 0x0193fb05u,
    0x0198db03u, 0x016b3306u, 0x016b3307u, 0x01940005u, 0x01940505u, 0x00987010u, 0x0178b406u, 0x01940a05u,
    0x014d5205u, 0x00135802u, 0x0148c509u, 0x01392a0au, 0x00b3760fu, 0x00300815u, 0x0060630eu, 0x015f3d08u,
    0x0139340au, 0x0124060bu, 0x015f4508u, 0x00301d15u, 0x001b8318u, 0x0026e716u, 0x003c5a14u, 0x0017a719u,
    0x00303215u, 0x0014501au, 0x001b9b18u, 0x0124110bu, 0x001fad02u, 0x01940f05u, 0x000e7f02u, 0x004a2d02u,
    0x01941405u, 0x002da102u, 0x0148ce09u, 0x0178ba06u, 0x010f800cu, 0x010f8c05u, 0x010f8c0cu, 0x0148d709u,
    0x0148e009u, 0x019b6204u, 0x00304502u, 0x0148e909u, 0x01941905u, 0x01393e0au, 0x015f4d08u, 0x019b6604u,
    0x016b3a07u, 0x006a6904u, 0x0178c006u, 0x01941e05u, 0x00ceca03u, 0x015f5508u, 0x0139480au, 0x00b3850fu,
    0x01241c0bu, 0x0124270bu, 0x00988010u, 0x00b3940fu, 0x00d1820eu, 0x0062e712u, 0x0059e20bu, 0x00e6ee0du,
    0x00d1900eu, 0x01942305u, 0x0055bc09u, 0x00223b04u, 0x00b3a30fu, 0x003e0204u, 0x007b9311u, 0x003e0210u,
    0x0178c606u, 0x0178cc06u, 0x00d19e0eu, 0x00d1ac0eu, 0x00d1ba0eu, 0x010fa40cu, 0x00d1c80eu, 0x00e6fb0du,
    0x006fc203u, 0x0062f912u, 0x014d5b05u, 0x019b6a04u, 0x0148f209u, 0x016b4107u, 0x015f5d08u, 0x0148fb09u,
    0x010fb00cu, 0x010fbc0cu, 0x010fc80cu, 0x010fd40cu, 0x00b4d608u, 0x01490409u, 0x0139520au, 0x019cf803u,
    0x0009db02u, 0x0023f806u, 0x016b4807u, 0x01490d09u, 0x01942805u, 0x01942d05u, 0x01943205u, 0x00304715u,
    0x014d6405u, 0x0178d204u, 0x0178d206u, 0x01943705u, 0x01491609u, 0x01395c0au, 0x016b4f07u, 0x016b5607u,
    0x0024b815u, 0x0139660au, 0x015f6508u, 0x0178d806u, 0x0124320bu, 0x010fe00cu, 0x0178de06u, 0x002bbe0fu,
    0x015f6d08u, 0x015f7508u, 0x001d9b04u, 0x007ba411u, 0x00989010u, 0x00630b12u, 0x015f7d08u, 0x01943c05u,
    0x00631d12u, 0x004dfa13u, 0x007bb511u, 0x00e7080du, 0x0080e808u, 0x015f8508u, 0x00d1d60eu, 0x0098a010u,
    0x015f8d08u, 0x0178e406u, 0x0009db07u, 0x0178ea06u, 0x0139700au, 0x010fec0cu, 0x0178f006u, 0x016b5d07u,
    0x00342a04u, 0x00342a06u, 0x01243d0bu, 0x00342a0du, 0x0178f606u, 0x015f9508u, 0x015f9d08u, 0x00d1e40eu,
    0x00142f03u, 0x004e0d13u, 0x0178fc06u, 0x00b3b20fu, 0x01790206u, 0x00b3c10fu, 0x00216317u, 0x01491f09u,
    0x01492809u, 0x01493109u, 0x007bd711u, 0x019cfb03u, 0x010ff80cu, 0x015fa508u, 0x0098b010u, 0x019b6e04u,
    0x01493a09u, 0x001d4407u, 0x00b3df0fu, 0x00271306u, 0x00271316u, 0x00272916u, 0x0034d209u, 0x00b3ee0fu,
    0x00d1f20eu, 0x015fad08u, 0x00b3fd0fu, 0x00d2000eu, 0x0098c008u, 0x0098c010u, 0x019b7204u, 0x00d20e0eu,
    0x00d21c0eu, 0x00b40c0fu, 0x00307115u, 0x00b41b0fu, 0x00b42a0fu, 0x0098d010u, 0x019cfe03u, 0x0024f102u,
    0x0094ee02u, 0x01494309u, 0x0110040cu, 0x00256602u, 0x01944105u, 0x007be811u, 0x01790806u, 0x007bf911u,
    0x019d0103u, 0x0110100cu, 0x01101c0cu, 0x0110280cu, 0x0124480bu, 0x0124530bu, 0x01245e0bu, 0x01494c09u,
    0x01397a0au, 0x00d22a0eu, 0x0139840au, 0x01495509u, 0x00d2380eu, 0x00e7220du, 0x00106e02u, 0x00db6f04u,
    0x00b89406u, 0x0124690bu, 0x00b4390fu, 0x00b4480fu, 0x001c7c03u, 0x0110340cu, 0x016b6407u, 0x01398e0au,
    0x015fb508u, 0x00b4570fu, 0x00e72f0du, 0x00e73c0du, 0x00e7490du, 0x0124740bu, 0x01247f0bu, 0x0139980au,
    0x00632f12u, 0x008cc803u, 0x015fbd08u, 0x015fc508u, 0x01944605u, 0x01944b05u, 0x01945005u, 0x01945505u,
    0x0139a20au, 0x0110400cu, 0x01248a0bu, 0x01104c0cu, 0x0139ac0au, 0x0098e010u, 0x00a50705u, 0x01495e09u,
    0x01790e06u, 0x016b6b07u, 0x016b7207u, 0x0124950bu, 0x0139b60au, 0x0110580cu, 0x0124a00bu, 0x0124ab0bu,
    0x0124b60bu, 0x01496709u, 0x019a2603u, 0x01945a05u, 0x0124c10bu, 0x01791406u, 0x01791a06u, 0x01792006u,
    0x00e7560du, 0x019b7604u, 0x00901103u, 0x0124cc0bu, 0x0139c00au, 0x01945f05u, 0x00e7630du, 0x0124d70bu,
    0x00d2460eu, 0x0139ca0au, 0x00d2540eu, 0x0110640cu, 0x00308615u, 0x015fcd08u, 0x0110700cu, 0x01107c0cu,
    0x0110880cu, 0x0098f010u, 0x00634112u, 0x00e7700du, 0x00635312u, 0x00636512u, 0x00b4660fu, 0x00b4750fu,
    0x00b4840fu, 0x00e77d0du, 0x00b4930fu, 0x007c0a11u, 0x00b4a20fu, 0x007c1b11u, 0x007c2c11u, 0x00d2620eu,
    0x00b4b10fu, 0x00b4c00fu, 0x0139d40au, 0x00637712u, 0x00b4cf0fu, 0x0124e20bu, 0x00b7a40au, 0x01497909u,
    0x01498209u, 0x0139de0au, 0x01498b09u, 0x0124ed0bu, 0x015fd508u, 0x01499409u, 0x01499d09u, 0x015fdd08u,
    0x00e28002u, 0x019b7a04u, 0x006b5f04u, 0x01792606u, 0x0149a609u, 0x01946405u, 0x00b1fa05u, 0x00638912u,
    0x007c3d11u, 0x00107d1cu, 0x00990010u, 0x0011e61bu, 0x00e78a0du, 0x00d2700eu, 0x00639b03u, 0x00639b12u,
    0x0124f80bu, 0x0063ad12u, 0x007c4e11u, 0x007c5f11u, 0x016b7907u, 0x0003e702u, 0x002a0510u, 0x01792c06u,
    0x0003e703u, 0x01793206u, 0x01793806u, 0x0125030bu, 0x007c7011u, 0x015fe508u, 0x01250e0bu, 0x01946905u,
    0x01946e05u, 0x01947305u, 0x00d4c505u, 0x01947805u, 0x01947d05u, 0x0125190bu, 0x00b4de0fu, 0x004e2013u,
    0x0125240bu, 0x0110940cu, 0x00309b15u, 0x00e7970du, 0x0139e80au, 0x00991010u, 0x004c8103u, 0x01793e06u,
    0x01794406u, 0x01794a06u, 0x01795006u, 0x0070f106u, 0x01795606u, 0x01795c06u, 0x01796206u, 0x01796806u,
    0x01796e06u, 0x01797406u, 0x01797a06u, 0x01798006u, 0x01798606u, 0x01798c06u, 0x01799206u, 0x01799806u,
    0x01799e06u, 0x0179a406u, 0x0179aa06u, 0x0179b006u, 0x0179b606u, 0x0179bc06u, 0x0179c206u, 0x0179c806u,
    0x0179ce06u, 0x0179d406u, 0x0179da06u, 0x0179e006u, 0x0179e606u, 0x0179ec06u, 0x0179f206u, 0x0139f20au,
    0x0179f806u, 0x0179fe06u, 0x017a0406u, 0x017a0a06u, 0x017a1006u, 0x017a1606u, 0x017a1c06u, 0x017a2206u,
    0x017a2806u, 0x017a2e06u, 0x017a3406u, 0x017a3a06u, 0x017a4006u, 0x017a4606u, 0x017a4c06u, 0x017a5206u,
    0x017a5806u, 0x017a5e06u, 0x017a6406u, 0x017a6a06u, 0x017a7006u, 0x017a7606u, 0x017a7c06u, 0x017a8206u,
    0x017a8806u, 0x016b8007u, 0x017a8e06u, 0x017a9406u, 0x017a9a06u, 0x017aa006u, 0x017aa606u, 0x017aac06u,
    0x017ab206u, 0x017ab806u, 0x017abe06u, 0x017ac406u, 0x017aca06u, 0x017ad006u, 0x017ad606u, 0x017adc06u,
    0x017ae206u, 0x017ae806u, 0x017aee06u, 0x017af406u, 0x017afa06u, 0x017b0006u, 0x017b0606u, 0x017b0c06u,
    0x017b1206u, 0x017b1806u, 0x017b1e06u, 0x017b2406u, 0x017b2a06u, 0x017b3006u, 0x017b3606u, 0x017b3c06u,
    0x017b4206u, 0x017b4806u, 0x017b4e06u, 0x017b5406u, 0x017b5a06u, 0x017b6006u, 0x017b6606u, 0x017b6c06u,
    0x017b7206u, 0x017b7806u, 0x017b7e06u, 0x017b8406u, 0x017b8a06u, 0x017b9006u, 0x015fed06u, 0x015fed08u,
    0x017b9606u, 0x017b9c06u, 0x017ba206u, 0x017ba806u, 0x017bae06u, 0x017bb406u, 0x017bba06u, 0x017bc006u,
    0x017bc606u, 0x017bcc06u, 0x017bd206u, 0x017bd806u, 0x017bde06u, 0x017be406u, 0x017bea06u, 0x017bf006u,
    0x017bf606u, 0x017bfc06u, 0x017c0206u, 0x017c0806u, 0x017c0e06u, 0x017c1406u, 0x017c1a06u, 0x017c2006u,
    0x017c2606u, 0x004c8109u, 0x004c8110u, 0x0063bf12u, 0x00e7a40du, 0x0149af09u, 0x001ba602u, 0x0149b809u,
    0x007c8111u, 0x01252f0bu, 0x0014af02u, 0x01253a0bu, 0x0149c109u, 0x00b4ed0fu, 0x00466608u, 0x01046506u,
    0x0125450bu, 0x0125500bu, 0x0139fc0au, 0x01255b0bu, 0x0110a00cu, 0x00992010u, 0x00993010u, 0x013a060au,
    0x00081714u, 0x0149ca09u, 0x00e7b10du, 0x00b4fc0fu, 0x00d27e0eu, 0x017c2c06u, 0x007c9211u, 0x013a100au,
    0x009a9505u, 0x017c3206u, 0x0110ac0cu, 0x004e3313u, 0x007ca311u, 0x017c3806u, 0x00d28c0eu, 0x007cb411u,
    0x00994010u, 0x017c3e06u, 0x013a1a0au, 0x017c4406u, 0x013a240au, 0x013ce505u, 0x0125660bu, 0x00e7be0du,
    0x015ff508u, 0x004e4613u, 0x007cc511u, 0x007cd611u, 0x003c9614u, 0x013a2e0au, 0x017c4a06u, 0x017c5006u,
    0x017c5606u, 0x016b8707u, 0x0125710bu, 0x01257c0bu, 0x00679108u, 0x00e7cb0du, 0x0125870bu, 0x00d29a0eu,
    0x007ce711u, 0x01413907u, 0x017c5c06u, 0x0125920bu, 0x00b50b0fu, 0x0063d112u, 0x01259d0bu, 0x0063e312u,
    0x007cf811u, 0x0063f512u, 0x000cb920u, 0x00b51a0fu, 0x01948205u, 0x003cd609u, 0x00d2a80eu, 0x01948705u,
    0x015ffd08u, 0x007d0911u, 0x00e65404u, 0x013a380au, 0x013a420au, 0x00028702u, 0x00640712u, 0x01948c05u,
    0x0149d309u, 0x0149dc09u, 0x01949105u, 0x0149e509u, 0x00995010u, 0x00641912u, 0x017c6206u, 0x019d0403u,
    0x0110b80cu, 0x004e5913u, 0x004e6c13u, 0x007d1a11u, 0x003caa14u, 0x017c6806u, 0x002c5a06u, 0x002c5a0du,
    0x00000b02u, 0x003cbe14u, 0x017c6e06u, 0x00996010u, 0x017c7406u, 0x01600508u, 0x016b8e07u, 0x013a4c0au,
    0x00014002u, 0x007d2b11u, 0x007d3c11u, 0x007d4d11u, 0x007d5e11u, 0x000c9821u, 0x000e0f1eu, 0x000e2d1eu,
    0x000e4b1eu, 0x01949605u, 0x017c7a06u, 0x00997010u, 0x017c8006u, 0x00998010u, 0x01181a06u, 0x00d2b60eu,
    0x0030b015u, 0x017c8606u, 0x013a560au, 0x013a600au, 0x000ce903u, 0x0125a80bu, 0x0149ee09u, 0x01015906u,
    0x00642b12u, 0x008b1108u, 0x00e7d80du, 0x00e7e50du, 0x007d6f11u, 0x01600d08u, 0x0030c506u, 0x0030c515u,
    0x016b9507u, 0x00af9107u, 0x0110c40cu, 0x013a6a0au, 0x004e7f13u, 0x019b7e04u, 0x016ab804u, 0x019b8204u,
    0x019b8604u, 0x0149f709u, 0x015b1105u, 0x013a740au, 0x017c8c06u, 0x00cdb606u, 0x00e7f20du, 0x0110d00cu,
    0x0110dc0cu, 0x0110e80cu, 0x00522e03u, 0x019b8a04u, 0x00999010u, 0x017c9206u, 0x003cd204u, 0x0125b30bu,
    0x003cd214u, 0x00d2d207u, 0x00d2d20eu, 0x0099a010u, 0x013a7e0au, 0x00b53807u, 0x00b5380fu, 0x0027a304u,
    0x00b5470fu, 0x003ce614u, 0x00a0740cu, 0x00d2e00eu, 0x00643d12u, 0x0110f40cu, 0x0111000cu, 0x014a0009u,
    0x014a0909u, 0x01601508u, 0x01949b05u, 0x0194a005u, 0x017c9806u, 0x00b5560fu, 0x0194a505u, 0x01601d08u,
    0x003cfa14u, 0x0099b010u, 0x01602508u, 0x01602d08u, 0x017c9e06u, 0x00146a1au, 0x01603508u, 0x013a880au,
    0x016b9c07u, 0x016ba307u, 0x01110c0cu, 0x017ca406u, 0x013a920au, 0x0194aa05u, 0x00d2ee0eu, 0x0194af05u,
    0x017caa06u, 0x016baa07u, 0x017cb006u, 0x0008dd02u, 0x004e9213u, 0x0194b405u, 0x014a1209u, 0x0194b905u,
    0x019b8e04u, 0x01603d08u, 0x00632d04u, 0x017cb606u, 0x0111180cu, 0x00b5650fu, 0x0099c010u, 0x00d2fc0eu,
    0x00d30a0eu, 0x00d3180eu, 0x00d3260eu, 0x00d3340eu, 0x00d3420eu, 0x0125be0bu, 0x0125c904u, 0x016bb107u,
    0x0125c90bu, 0x017cbc06u, 0x017cc206u, 0x017cc806u, 0x0194be05u, 0x016bb807u, 0x00184209u, 0x00d3500eu,
    0x00b5740fu, 0x00d35e0eu, 0x014a1b09u, 0x00236504u, 0x00b5830fu, 0x013a9c0au, 0x014a2409u, 0x003d0e14u,
    0x004ea513u, 0x003d2214u, 0x00284a13u, 0x0125d40bu, 0x016bbf07u, 0x016bc607u, 0x016bcd07u, 0x016bd407u,
    0x016bdb07u, 0x016be207u, 0x016be907u, 0x016bf007u, 0x01604508u, 0x016bf704u, 0x016bf707u, 0x014a2d03u,
    0x014a2d09u, 0x016bfe07u, 0x005de302u, 0x0194c305u, 0x014a3609u, 0x01604d08u, 0x014d6d05u, 0x017cce06u,
    0x0125df0bu, 0x00b5920fu, 0x016c0507u, 0x0111240cu, 0x014a3f09u, 0x00d36c0eu, 0x0125ea0bu, 0x017cd406u,
    0x01605508u, 0x0125f50bu, 0x016c0c07u, 0x019b9204u, 0x016c1307u, 0x014a4809u, 0x01605d08u, 0x0126000bu,
    0x00d37a0eu, 0x013aa60au, 0x016c1a07u, 0x01606508u, 0x016c2107u, 0x007d8011u, 0x0099d003u, 0x016c2807u,
    0x0099d010u, 0x009d9502u, 0x0194c805u, 0x0194cd05u, 0x01613805u, 0x000e7314u, 0x017cda06u, 0x014a5109u,
    0x000fa802u, 0x014a5a09u, 0x007d9111u, 0x0111300cu, 0x013ab00au, 0x01260b03u, 0x01260b04u, 0x01260b0bu,
    0x016c2f07u, 0x01606d08u, 0x00d3880eu, 0x01113c0cu, 0x0111480cu, 0x0111540cu, 0x0126160bu, 0x0111600cu,
    0x0105a504u, 0x01607508u, 0x0194d205u, 0x00b5a10fu, 0x00b5b00fu, 0x00b5bf0fu, 0x00b5ce0fu, 0x00d3960eu,
    0x016c3607u, 0x013aba0au, 0x014a6309u, 0x01607d08u, 0x004eb813u, 0x0099e010u, 0x00872305u, 0x01608508u,
    0x0126210bu, 0x014a6c09u, 0x017ce006u, 0x007da20au, 0x007da211u, 0x019d0703u, 0x017ce606u, 0x0009e802u,
    0x0017c019u, 0x0010991cu, 0x0010b51cu, 0x014a7509u, 0x0194d705u, 0x00273f16u, 0x013ac40au, 0x01116c0cu,
    0x00e7ff0du, 0x00d3a40eu, 0x01262c0bu, 0x0099f010u, 0x01608d08u, 0x009a0010u, 0x009a1010u, 0x004ecb13u,
    0x00d3b20eu, 0x00644f04u, 0x016c3d07u, 0x00d3c00eu, 0x00e80c0du, 0x00e8190du, 0x0111780cu, 0x0111840cu,
    0x0126370bu, 0x00b5dd0fu, 0x00644f12u, 0x0111900cu, 0x00e8260du, 0x00646112u, 0x016c4407u, 0x00b5ec0fu,
    0x00e8330du, 0x014a7e09u, 0x00b5fb0fu, 0x00647312u, 0x004ede13u, 0x00648512u, 0x001bb318u, 0x00217a17u,
    0x007db311u, 0x007dc411u, 0x00649712u, 0x007dd511u, 0x00219117u, 0x00275516u, 0x009a2010u, 0x019d0a03u,
    0x0126420bu, 0x016c4b07u, 0x01609508u, 0x013ace0au, 0x01264d0bu, 0x0126580bu, 0x0126630bu, 0x01266e0bu,
    0x0126790bu, 0x0126840bu, 0x01268f0bu, 0x01269a0bu, 0x0126a50bu, 0x0126b00bu, 0x0126bb0bu, 0x0126c60bu,
    0x0126d10bu, 0x0126dc0bu, 0x0126e70bu, 0x0126f20bu, 0x0126fd0bu, 0x0127080bu, 0x0127130bu, 0x01271e0bu,
    0x0127290bu, 0x0127340bu, 0x01273f0bu, 0x01274a0bu, 0x0127550bu, 0x0127600bu, 0x01276b0bu, 0x0127760bu,
    0x0127810bu, 0x01278c0bu, 0x0127970bu, 0x0127a20bu, 0x0127ad0bu, 0x0127b80bu, 0x0127c30bu, 0x0127ce0bu,
    0x0127d90bu, 0x0127e40bu, 0x0127ef0bu, 0x0127fa0bu, 0x0128050bu, 0x0128100bu, 0x01281b0bu, 0x0128260bu,
    0x0128310bu, 0x01283c0bu, 0x0128470bu, 0x0128520bu, 0x01285d0bu, 0x0128680bu, 0x0128730bu, 0x01287e0bu,
    0x016c5207u, 0x014a8709u, 0x01609d08u, 0x01119c0cu, 0x014a9009u, 0x0160a508u, 0x017cec06u, 0x0111a80cu,
    0x019d0d03u, 0x0064a912u, 0x00d3ce0eu, 0x00b60a0fu, 0x00d3dc0eu, 0x003d3614u, 0x014aa209u, 0x0064bb12u,
    0x009a3010u, 0x004ef113u, 0x0064cd12u, 0x003d4a14u, 0x0030da15u, 0x0010d11cu, 0x009a4010u, 0x007de611u,
    0x004f0413u, 0x00276b16u, 0x009a5010u, 0x007df711u, 0x007e0811u, 0x003d5e14u, 0x003d7214u, 0x016c5907u,
    0x001bcb18u, 0x003d8614u, 0x007e1911u, 0x0064df12u, 0x003d9a14u, 0x009a6010u, 0x00d3ea0eu, 0x002a0d08u,
    0x004f1713u, 0x001f090au, 0x004f2a13u, 0x007e2a11u, 0x00278116u, 0x0030ef15u, 0x0014100cu, 0x00310415u,
    0x000e6903u, 0x0064f112u, 0x003dae14u, 0x004f3d13u, 0x000e691eu, 0x00b61904u, 0x00b6190fu, 0x013ad80au,
    0x013ae20au, 0x001d6912u, 0x009a7009u, 0x009a7010u, 0x003dc214u, 0x00311915u, 0x00650312u, 0x016c6007u,
    0x00e8400du, 0x00d3f80eu, 0x004f5013u, 0x017cf206u, 0x007e3b11u, 0x00b6280fu, 0x009a8010u, 0x009a9010u,
    0x017cf806u, 0x019d1003u, 0x00e84d0du, 0x0128890bu, 0x019b9604u, 0x018bd004u, 0x00e85a0du, 0x017cfe06u,
    0x000fd202u, 0x014d7605u, 0x0111b40cu, 0x00799803u, 0x00799807u, 0x0079980eu, 0x0194dc05u, 0x017d0406u,
    0x0160ad08u, 0x007e4c11u, 0x006b7f04u, 0x00e8670du, 0x00d4060eu, 0x016c6707u, 0x00815105u, 0x0160b508u,
    0x00e8740du, 0x014aab09u, 0x00e8810du, 0x013aec0au, 0x019d1303u, 0x00266c06u, 0x00266c0du, 0x00d4140eu,
    0x014ab409u, 0x013af60au, 0x00417303u, 0x0016fd02u, 0x017d0a06u, 0x019b9a04u, 0x0194e105u, 0x00117102u,
    0x0194e605u, 0x017d1006u, 0x014abd09u, 0x01201503u, 0x014ac609u, 0x00107c02u, 0x002c3605u, 0x00107c03u,
    0x016c6e07u, 0x00d4220eu, 0x009aa010u, 0x0111c00cu, 0x00b6370fu, 0x00651512u, 0x017d1606u, 0x014acf09u,
    0x017d1c06u, 0x017d2206u, 0x017d2806u, 0x00d4300eu, 0x0160bd08u, 0x014ad809u, 0x00855804u, 0x0111cc0cu,
    0x016c7507u, 0x009ab010u, 0x017d2e06u, 0x00d43e0eu, 0x00652712u, 0x017d3406u, 0x00d44c0eu, 0x013b000au,
    0x01289f0bu, 0x0128aa0bu, 0x003d0d02u, 0x002d0502u, 0x0194eb05u, 0x019b9e04u, 0x017d3a06u, 0x0003f302u,
    0x0160c508u, 0x0009d502u, 0x009ac010u, 0x00d45a0eu, 0x0194f004u, 0x0194f005u, 0x0111d80cu, 0x001c6c07u,
    0x014ae109u, 0x0111e40cu, 0x00e88e0du, 0x00653912u, 0x007e5d11u, 0x00e89b0du, 0x0160cd08u, 0x0160d508u,
    0x007e6e11u, 0x0111f00cu, 0x014aea09u, 0x014af309u, 0x007e7f11u, 0x00312e15u, 0x014afc09u, 0x013b0a0au,
    0x0194f505u, 0x017d4006u, 0x013b140au, 0x0128b50bu, 0x0128c00bu, 0x013b1e0au, 0x014b0509u, 0x001af602u,
    0x0128cb0bu, 0x0111fc05u, 0x0111fc0cu, 0x003c0003u, 0x013b280au, 0x009b740cu, 0x014b0e09u, 0x013b320au,
    0x001af606u, 0x00279716u, 0x00314315u, 0x0194fa05u, 0x014b1709u, 0x014b2009u, 0x013b3c0au, 0x0128d60bu,
    0x002d1b02u, 0x0194ff05u, 0x019ba204u, 0x0160dd08u, 0x0152ff03u, 0x00ac4e03u, 0x0016f802u, 0x013b460au,
    0x01950405u, 0x01950905u, 0x00e8a80du, 0x014b2909u, 0x01950e05u, 0x01570f05u, 0x0042a905u, 0x01951305u,
    0x01951805u, 0x014b3209u, 0x01951d05u, 0x01952205u, 0x01952705u, 0x01952c05u, 0x01953105u, 0x017d4606u,
    0x017d4c06u, 0x017d5206u, 0x017d5806u, 0x017d5e06u, 0x017d6406u, 0x017d6a06u, 0x017d7006u, 0x017d7606u,
    0x017d7c06u, 0x017d8206u, 0x017d8806u, 0x017d8e06u, 0x017d9406u, 0x017d9a06u, 0x009ad010u, 0x016c7c07u,
    0x0112080cu, 0x013b500au, 0x01519a07u, 0x00b6460fu, 0x017da006u, 0x00654b12u, 0x017da606u, 0x014b3b04u,
    0x014b3b09u, 0x013b5a04u, 0x013b5a0au, 0x017dac06u, 0x0160e508u, 0x009ae010u, 0x00974303u, 0x0160ed08u,
    0x00aabc04u, 0x00d46806u, 0x00d4680eu, 0x00d4760eu, 0x017db203u, 0x017db206u, 0x0112140cu, 0x013b640au,
    0x013b6e0au, 0x017db806u, 0x0112200cu, 0x009af010u, 0x009b0010u, 0x001ed303u, 0x014b4409u, 0x013b780au,
    0x013b820au, 0x004f6313u, 0x001ed310u, 0x00b6550fu, 0x009b1010u, 0x013b8c0au, 0x016c8307u, 0x016c8a07u,
    0x016c9107u, 0x016c9807u, 0x016c9f07u, 0x016ca607u, 0x0008e503u, 0x017dbe06u, 0x017dc406u, 0x017dca06u,
    0x017dd006u, 0x017dd606u, 0x017ddc06u, 0x01412606u, 0x017de206u, 0x017de806u, 0x017dee06u, 0x017df406u,
    0x017dfa06u, 0x017e0006u, 0x017e0606u, 0x01464006u, 0x017e0c06u, 0x017e1206u, 0x017e1806u, 0x017e1e06u,
    0x017e2406u, 0x017e2a06u, 0x017e3006u, 0x017e3606u, 0x017e3c06u, 0x017e4206u, 0x017e4806u, 0x017e4e06u,
    0x017e5406u, 0x017e5a06u, 0x017e6006u, 0x017e6606u, 0x017e6c06u, 0x017e7206u, 0x017e7806u, 0x017e7e06u,
    0x017e8406u, 0x017e8a06u, 0x017e9006u, 0x017e9606u, 0x017e9c06u, 0x017ea206u, 0x017ea806u, 0x017eae06u,
    0x017eb406u, 0x017eba06u, 0x017ec006u, 0x017ec606u, 0x017ecc06u, 0x017ed206u, 0x017ed806u, 0x017ede06u,
    0x017ee406u, 0x017eea06u, 0x017ef006u, 0x017ef606u, 0x017efc06u, 0x017f0206u, 0x017f0806u, 0x017f0e06u,
    0x017f1406u, 0x017f1a06u, 0x017f2006u, 0x017f2606u, 0x017f2c06u, 0x017f3206u, 0x017f3806u, 0x017f3e06u,
    0x017f4406u, 0x017f4a06u, 0x017f5006u, 0x017f5606u, 0x017f5c06u, 0x017f6206u, 0x017f6806u, 0x017f6e06u,
    0x017f7406u, 0x017f7a06u, 0x017f8006u, 0x017f8606u, 0x017f8c06u, 0x017f9206u, 0x017f9806u, 0x014b4d09u,
    0x017f9e06u, 0x017fa406u, 0x017faa06u, 0x017fb006u, 0x017fb606u, 0x017fbc06u, 0x00a80a06u, 0x017fc206u,
    0x017fc806u, 0x017fce06u, 0x017fd406u, 0x017fda06u, 0x017fe006u, 0x017fe606u, 0x017fec06u, 0x017ff206u,
    0x017ff806u, 0x017ffe06u, 0x00a74806u, 0x00a74808u, 0x01800406u, 0x01800a06u, 0x01801006u, 0x01801606u,
    0x01801c06u, 0x01802206u, 0x01802806u, 0x01802e06u, 0x01803406u, 0x01803a06u, 0x01804006u, 0x01804606u,
    0x01804c06u, 0x01805206u, 0x01805806u, 0x01805e06u, 0x010ed206u, 0x00801106u, 0x01806406u, 0x01806a06u,
    0x01807006u, 0x01807606u, 0x01807c06u, 0x01808206u, 0x01808806u, 0x01808e06u, 0x00b6640fu, 0x016cad07u,
    0x00ad0b02u, 0x0092bb02u, 0x0014b002u, 0x01809406u, 0x014b5609u, 0x01953605u, 0x01953b05u, 0x0160f508u,
    0x013b960au, 0x016cb407u, 0x00655d12u, 0x0160fd08u, 0x013ba00au, 0x01610508u, 0x013baa0au, 0x01122c0cu,
    0x01809a06u, 0x0128e10bu, 0x013bb40au, 0x00d5e705u, 0x01610d08u, 0x0128ec0bu, 0x01954005u, 0x0128f70bu,
    0x016cbb07u, 0x00d4840eu, 0x00b6730fu, 0x013bbe0au, 0x01611508u, 0x0129020bu, 0x004f7613u, 0x00917305u,
    0x0091730au, 0x014b5f09u, 0x014b6809u, 0x0180a006u, 0x0180a606u, 0x016cc207u, 0x006f8602u, 0x01611d08u,
    0x01612508u, 0x01612d08u, 0x01954505u, 0x01613508u, 0x01613d08u, 0x01614508u, 0x00b6820fu, 0x01614d08u,
    0x01615508u, 0x01615d08u, 0x01616508u, 0x01616d08u, 0x013bc80au, 0x01617508u, 0x01617d08u, 0x01618508u,
    0x00d4920eu, 0x01618d08u, 0x01619508u, 0x01619d08u, 0x0161a508u, 0x0180ac06u, 0x0180b206u, 0x005d8302u,
    0x0010d902u, 0x014d7f05u, 0x016cc907u, 0x0161ad08u, 0x0180b806u, 0x01954a05u, 0x00b6910fu, 0x019ba604u,
    0x01954f05u, 0x016cd007u, 0x013bd20au, 0x0112380cu, 0x0161b508u, 0x001c3b08u, 0x009b2010u, 0x00ea3304u,
    0x003dd614u, 0x01955405u, 0x01955905u, 0x016b3c05u, 0x00135f02u, 0x013bdc0au, 0x01955e05u, 0x00248e02u,
    0x0112440cu, 0x01290d0bu, 0x0112500cu, 0x004f8913u, 0x01956305u, 0x019baa04u, 0x0194b004u, 0x01956805u,
    0x01956d05u, 0x007e9011u, 0x014b7109u, 0x00656f12u, 0x0161bd08u, 0x009b3010u, 0x004f9c13u, 0x007ea111u,
    0x003dea14u, 0x00658112u, 0x014b7a09u, 0x00659312u, 0x00b6a00fu, 0x00e8b50du, 0x007eb211u, 0x004faf13u,
    0x019bae04u, 0x007ec311u, 0x003dfe14u, 0x0065a512u, 0x009b4010u, 0x007ed411u, 0x004fc213u, 0x014b8309u,
    0x014b8c09u, 0x007ee511u, 0x0161c508u, 0x009b5010u, 0x007ef611u, 0x00315815u, 0x0161cd08u, 0x013be60au,
    0x009b6010u, 0x001be318u, 0x00d4a007u, 0x00d4a00eu, 0x00b6af0fu, 0x00e8c20du, 0x00b6be0fu, 0x007f0711u,
    0x004fd513u, 0x004fe813u, 0x00d4ae0eu, 0x00d4bc0eu, 0x00d4ca0eu, 0x009b7010u, 0x016cd707u, 0x00b6cd0fu,
    0x009b8010u, 0x009b9010u, 0x014b9509u, 0x00b6dc0fu, 0x00d4d80eu, 0x0161d508u, 0x014b9e09u, 0x00b6eb0fu,
    0x013bf00au, 0x0017d919u, 0x00d4e60eu, 0x0065b712u, 0x0129180bu, 0x004ffb13u, 0x00b6fa0fu, 0x00316d15u,
    0x007f1811u, 0x00e8cf0du, 0x013bfa0au, 0x014ba709u, 0x00500e13u, 0x00502113u, 0x001bfb18u, 0x00b7090fu,
    0x01125c0cu, 0x0169e604u, 0x00e8dc0du, 0x00318215u, 0x003e1214u, 0x00e8e90du, 0x00e8f60du, 0x01957205u,
    0x019d1603u, 0x0161dd04u, 0x0161dd08u, 0x01957705u, 0x00114a06u, 0x00319715u, 0x00e9030du, 0x014bb009u,
    0x014bb909u, 0x013c040au, 0x0161e508u, 0x00d4f40eu, 0x0031ac15u, 0x009ba010u, 0x00e9100du, 0x019bb204u,
    0x00b71808u, 0x00b7180fu, 0x0027ad16u, 0x0161ed08u, 0x014bc209u, 0x0129230bu, 0x0112680cu, 0x0180be06u,
    0x01019808u, 0x00265b04u, 0x0065c912u, 0x00237c0fu, 0x0180c406u, 0x00e91d0du, 0x00e92a0du, 0x001c1318u,
    0x007f2911u, 0x013c0e0au, 0x019bb604u, 0x01957c05u, 0x014ffe05u, 0x014bcb09u, 0x00b7270fu, 0x0112740cu,
    0x0065db12u, 0x00b7360fu, 0x007f3a11u, 0x0065ed12u, 0x013c180au, 0x0065ff12u, 0x003e2614u, 0x00661112u,
    0x001c2b18u, 0x0014841au, 0x000fd01du, 0x0027c316u, 0x0021a817u, 0x0021bf17u, 0x0017f219u, 0x0021d617u,
    0x0027d916u, 0x0012011bu, 0x00121c1bu, 0x001c4318u, 0x0027ef16u, 0x0031c115u, 0x00503413u, 0x0031d615u,
    0x001c5b18u, 0x00180b19u, 0x0031eb15u, 0x00504713u, 0x003e3a14u, 0x00280516u, 0x001c7318u, 0x00281b16u,
    0x016cde07u, 0x0112800cu, 0x00505a13u, 0x007f4b11u, 0x007f5c11u, 0x00b7450fu, 0x00b7540fu, 0x007f6d11u,
    0x00d5020eu, 0x006ce80du, 0x00b7630fu, 0x00b7720fu, 0x007f7e11u, 0x00662312u, 0x0180ca06u, 0x0161f508u,
    0x00663512u, 0x00664712u, 0x007f8f11u, 0x007fa011u, 0x007fb111u, 0x00506d13u, 0x00320015u, 0x009bb010u,
    0x003e4e14u, 0x00508013u, 0x00509313u, 0x00b7810fu, 0x007fc211u, 0x00665912u, 0x000fe10cu, 0x014bd409u,
    0x0050a613u, 0x00b7900fu, 0x007fd311u, 0x001c8b18u, 0x00321515u, 0x007fe411u, 0x0014d913u, 0x001ea50eu,
    0x0021ed17u, 0x01128c0cu, 0x00220407u, 0x00666b12u, 0x00283116u, 0x00220417u, 0x00322a15u, 0x0161fd08u,
    0x010ede03u, 0x00e9370du, 0x01292e0bu, 0x00e9440du, 0x002d7702u, 0x01958105u, 0x0180d006u, 0x0180d606u,
    0x019d1903u, 0x01958605u, 0x01614005u, 0x01620508u, 0x01620d08u, 0x014bdd09u, 0x002d4702u, 0x01614805u,
    0x005e4202u, 0x01958b05u, 0x00d5100eu, 0x00d51e0eu, 0x01621508u, 0x00816f06u, 0x0180dc06u, 0x007ff511u,
    0x0018000bu, 0x0129390bu, 0x0050b913u, 0x00667d12u, 0x0050cc13u, 0x0180e206u, 0x01621d08u, 0x016ce507u,
    0x016cec07u, 0x00d52c0eu, 0x0129440bu, 0x016cf307u, 0x00308a11u, 0x00b79f0fu, 0x00d53a0eu, 0x014be609u,
    0x01294f0bu, 0x01295a0bu, 0x0129650bu, 0x014bef09u, 0x013c220au, 0x0112980cu, 0x00e9510du, 0x00e95e0du,
    0x00e96b0du, 0x00800611u, 0x0050df05u, 0x0050df13u, 0x00668f12u, 0x014bf809u, 0x0112a40cu, 0x0112b00cu,
    0x0112bc0cu, 0x0112c80cu, 0x00d5480eu, 0x003e6214u, 0x01959005u, 0x0129700bu, 0x0066a112u, 0x0078db0eu,
    0x009bc010u, 0x00b7ae0fu, 0x01297b0bu, 0x01622508u, 0x014c0109u, 0x0112d40cu, 0x00323f15u, 0x00b7bd0fu,
    0x003e7614u, 0x01959505u, 0x014c0a09u, 0x016cfa07u, 0x01622d08u, 0x0011bb04u, 0x0112e00cu, 0x001ce107u,
    0x0066b312u, 0x00b7db0fu, 0x00328403u, 0x01623508u, 0x01623d08u, 0x01624508u, 0x016d0107u, 0x012a6706u,
    0x0050f213u, 0x016d0807u, 0x00321d05u, 0x00beaa0cu, 0x00724e03u, 0x0129860bu, 0x0112ec0cu, 0x002fb502u,
    0x014c1309u, 0x013c2c0au, 0x01959a05u, 0x0180e806u, 0x016d0f07u, 0x019bba04u, 0x0050ff02u, 0x0129910bu,
    0x00244c02u, 0x0180ee06u, 0x014c1c09u, 0x0180f406u, 0x0180fa06u, 0x00510513u, 0x00802811u, 0x014c2509u,
    0x014c2e09u, 0x01624d08u, 0x014c3709u, 0x01959f05u, 0x0112f80cu, 0x0042a608u, 0x00803911u, 0x016d1607u,
    0x01810006u, 0x019bbe04u, 0x016f4904u, 0x019bc204u, 0x01649104u, 0x016d1d07u, 0x014d8805u, 0x00e9780du,
    0x009bd010u, 0x0066c512u, 0x0022110au, 0x009be010u, 0x013c360au, 0x00b7ea0fu, 0x019d1c03u, 0x01625508u,
    0x014c4009u, 0x019bc604u, 0x00216603u, 0x00511813u, 0x00804a11u, 0x0066d712u, 0x00805b11u, 0x00806c11u,
    0x0012371bu, 0x00807d11u, 0x00512b13u, 0x00513e13u, 0x00515113u, 0x00606203u, 0x014c4909u, 0x00112e02u,
    0x0195a405u, 0x00284716u, 0x00b7f90fu, 0x0195a905u, 0x0195ae05u, 0x0195b305u, 0x013c400au, 0x014d9105u,
    0x0113040cu, 0x01810606u, 0x014c5209u, 0x01810c06u, 0x01811206u, 0x00000402u, 0x014c5b09u, 0x019bca04u,
    0x0195b805u, 0x019c1003u, 0x003e8a14u, 0x00516413u, 0x009bf010u, 0x00d5560eu, 0x009c0010u, 0x009c1010u,
    0x00517713u, 0x009c2010u, 0x00808e11u, 0x009c3010u, 0x0195bd05u, 0x00b8080fu, 0x0087bd0eu, 0x00d5640eu,
    0x00d5720eu, 0x00e9850du, 0x00809f11u, 0x00b8170fu, 0x00d5800eu, 0x01811806u, 0x00b8260fu, 0x00e9920du,
    0x0080b011u, 0x0011d402u, 0x014c6409u, 0x014d9a05u, 0x01625d08u, 0x00e99f0du, 0x00518a13u, 0x0080c111u,
    0x000fdd02u, 0x00144b05u, 0x009c4010u, 0x003e9e14u, 0x00519d13u, 0x01811e06u, 0x00e9ac0du, 0x01812406u,
    0x019bce04u, 0x00b8350fu, 0x013c4a04u, 0x013c4a0au, 0x013c540au, 0x00e9b90du, 0x009c5010u, 0x00113602u,
    0x0113100cu, 0x01131c0cu, 0x014c6d09u, 0x0113280cu, 0x014c7609u, 0x013c5e0au, 0x013c680au, 0x00b8440fu,
    0x014c7f09u, 0x013c720au, 0x013c7c0au, 0x014c8809u, 0x0195c205u, 0x00954a06u, 0x0195c705u, 0x0195cc05u,
    0x0195d105u, 0x0195d605u, 0x014da305u, 0x00d58e0eu, 0x005c1a0du, 0x00d59c0eu, 0x0113340cu, 0x009c6010u,
    0x00d5aa0eu, 0x00b8620fu, 0x0080d211u, 0x0051b013u, 0x0051c313u, 0x00221b17u, 0x009c7010u, 0x00113603u,
    0x01812a06u, 0x013c860au, 0x01813006u, 0x01813606u, 0x01813c06u, 0x01814206u, 0x01814806u, 0x00182419u,
    0x00285d16u, 0x00287316u, 0x003eb214u, 0x00325415u, 0x013c900au, 0x00e9c60du, 0x00d5b80eu, 0x0051d613u,
    0x0051e913u, 0x013c9a0au, 0x01299c0bu, 0x0113400cu, 0x013ca40au, 0x01134c0cu, 0x01814e06u, 0x01815406u,
    0x01815a06u, 0x01816006u, 0x01626508u, 0x00178a04u, 0x006af607u, 0x016d2407u, 0x016d2b07u, 0x016d3207u,
    0x016d3907u, 0x016d4007u, 0x016d4707u, 0x016d4e07u, 0x016d5507u, 0x016d5c07u, 0x016d6307u, 0x016d6a07u,
    0x016d7107u, 0x016d7807u, 0x0132f107u, 0x016d7f07u, 0x016d8607u, 0x016d8d07u, 0x016d9407u, 0x016d9b07u,
    0x016da207u, 0x016da907u, 0x016db007u, 0x016db707u, 0x016dbe07u, 0x016dc507u, 0x016dcc07u, 0x016dd307u,
    0x016dda07u, 0x016de107u, 0x016de807u, 0x016def07u, 0x016df607u, 0x016dfd07u, 0x016e0407u, 0x016e0b07u,
    0x00116903u, 0x01816606u, 0x0129a70bu, 0x00198a03u, 0x0113580cu, 0x00223217u, 0x0066e912u, 0x00b8710fu,
    0x014c9109u, 0x00115009u, 0x00d5c60eu, 0x01816c06u, 0x0011b603u, 0x01817206u, 0x01817806u, 0x01817e06u,
    0x01818406u, 0x01818a06u, 0x01819006u, 0x013cae0au, 0x01819606u, 0x01819c06u, 0x0181a206u, 0x0181a806u,
    0x0181ae06u, 0x0181b406u, 0x0181ba06u, 0x0181c006u, 0x0181c606u, 0x0181cc06u, 0x0181d206u, 0x0181d806u,
    0x0181de06u, 0x0051fc13u, 0x0066fb12u, 0x00e9d30du, 0x00b8800fu, 0x0129b20bu, 0x016e1207u, 0x0181e406u,
    0x009c8010u, 0x0129bd0bu, 0x00d5d40eu, 0x0003de02u, 0x0195db05u, 0x0195e005u, 0x01626d08u, 0x014c9a09u,
    0x001ca318u, 0x01627508u, 0x0129c80bu, 0x01627d08u, 0x0020cd02u, 0x00065a02u, 0x0129d30bu, 0x014ca309u,
    0x0195e505u, 0x0129de0bu, 0x009c9010u, 0x0009df02u, 0x00670d12u, 0x009ca010u, 0x00520f13u, 0x00671f12u,
    0x00673112u, 0x00674312u, 0x009cb010u, 0x00522213u, 0x00e9e00du, 0x00e9ed0du, 0x00e9fa0du, 0x00326915u,
    0x0113640cu, 0x00288916u, 0x0080e311u, 0x0080f411u, 0x00b88f0fu, 0x00183d19u, 0x00ea070du, 0x00ea140du,
    0x00ea210du, 0x00d5e20eu, 0x00ea2e0du, 0x003ec614u, 0x00b89e0fu, 0x00b8ad0fu, 0x00523513u, 0x00b8bc0fu,
    0x009cc010u, 0x003eda14u, 0x00524813u, 0x00d5f00eu, 0x00810511u, 0x00675512u, 0x00d5fe0eu, 0x009cd010u,
    0x009ce010u, 0x001cbb18u, 0x00327e15u, 0x00b8cb0fu, 0x00525b13u, 0x00811611u, 0x00676712u, 0x00b8da0fu,
    0x009cf010u, 0x009d0010u, 0x00b8e90fu, 0x00677912u, 0x003eee14u, 0x00b8f80fu, 0x00812711u, 0x00526e13u,
    0x009d1010u, 0x00678b12u, 0x00329315u, 0x01628508u, 0x009d2010u, 0x0113700cu, 0x0129e90bu, 0x00813811u,
    0x009d3010u, 0x003f0214u, 0x00814911u, 0x0129f40bu, 0x0129ff0bu, 0x003f1614u, 0x01137c0cu, 0x0113880cu,
    0x00b9070fu, 0x00b9160fu, 0x009d4010u, 0x009d5010u, 0x009d6010u, 0x00815a11u, 0x00528113u, 0x01181709u,
    0x014cac09u, 0x0195ea05u, 0x0113940cu, 0x0113a00cu, 0x0113ac0cu, 0x00816b11u, 0x009d7010u, 0x0181ea06u,
    0x00529413u, 0x00a0e60au, 0x0052a713u, 0x00817c11u, 0x013cb80au, 0x014cb509u, 0x00d60c0eu, 0x009d8010u,
    0x0052ba13u, 0x003f2a14u, 0x0032a815u, 0x00405f0bu, 0x0052cd13u, 0x003f3e14u, 0x016e1907u, 0x009d9010u,
    0x016e2007u, 0x009da010u, 0x003f5214u, 0x0009df03u, 0x01628d08u, 0x00ea3b0du, 0x013cc20au, 0x00d61a0eu,
    0x0004ab02u, 0x0195ef05u, 0x012c9806u, 0x014cbe09u, 0x000e871eu, 0x003f6614u, 0x00818d11u, 0x009db010u,
    0x009dc010u, 0x00d6280eu, 0x00679d12u, 0x0054a904u, 0x0052e013u, 0x00b9250fu, 0x01629508u, 0x00b9340fu,
    0x0052f313u, 0x00819e11u, 0x0181f006u, 0x00910403u, 0x0067af12u, 0x013ccc0au, 0x013cd60au, 0x016e2707u,
    0x0081af11u, 0x0067c112u, 0x0081c011u, 0x0067d312u, 0x003f7a14u, 0x009dd010u, 0x009de010u, 0x0032bd15u,
    0x0067e512u, 0x0081d111u, 0x0081e211u, 0x00d6360eu, 0x002ae908u, 0x00530613u, 0x016e8306u, 0x00dcba0cu,
    0x0195f405u, 0x009df010u, 0x0027ca0fu, 0x0067f712u, 0x00d6440eu, 0x00680912u, 0x00681b12u, 0x00289f16u,
    0x0021af10u, 0x003f8e14u, 0x0032d215u, 0x019bd204u, 0x00682d12u, 0x00531913u, 0x009e0010u, 0x0181f606u,
    0x0181fc06u, 0x014cc709u, 0x00d6520eu, 0x01629d08u, 0x00b6850cu, 0x019bd604u, 0x012a0a0bu, 0x013ce00au,
    0x019d1f03u, 0x0010ed1cu, 0x003fa214u, 0x014cd009u, 0x00ea480du, 0x01820206u, 0x000e9502u, 0x00683f12u,
    0x019bda04u, 0x009e1010u, 0x016e2e07u, 0x00685112u, 0x001cd318u, 0x001ceb18u, 0x0100000du, 0x0032e715u,
    0x013cea0au, 0x014cd909u, 0x014ce209u, 0x016e3507u, 0x014ceb09u, 0x00b9430fu, 0x0113b80cu, 0x013cf40au,
    0x013cfe0au, 0x009e2010u, 0x012a150bu, 0x0195f905u, 0x012a200bu, 0x00d66007u, 0x00d6600eu, 0x01000d0du,
    0x009e3010u, 0x013d080au, 0x0162a508u, 0x00185619u, 0x009a5203u, 0x0195fe05u, 0x019d2203u, 0x00532c13u,
    0x00533f13u, 0x00535213u, 0x019d2503u, 0x019d2803u, 0x002a3302u, 0x00b9520fu, 0x016e3c04u, 0x016e3c07u,
    0x01820806u, 0x0081f311u, 0x014cf409u, 0x009e4010u, 0x0113c40cu, 0x013d120au, 0x014cfd09u, 0x01820e06u,
    0x0113d00cu, 0x00b9610fu, 0x00d66e03u, 0x00d66e0eu, 0x0113dc0cu, 0x00820411u, 0x00b9700fu, 0x00d11603u,
    0x01001a0du, 0x0162ad08u, 0x000feb02u, 0x014d0609u, 0x01960305u, 0x01960805u, 0x01821406u, 0x0162b508u,
    0x016e4307u, 0x019bde04u, 0x01960d05u, 0x01821a06u, 0x0028b516u, 0x01961205u, 0x00d67c0eu, 0x00686312u,
    0x00821511u, 0x01822006u, 0x012a2b0bu, 0x016e4a07u, 0x016e5107u, 0x01822606u, 0x01961705u, 0x019be204u,
    0x016bad04u, 0x014d0f09u, 0x014d1809u, 0x014d2109u, 0x014d2a09u, 0x014d3309u, 0x014d3c09u, 0x014d4509u,
    0x014d4e09u, 0x014d5709u, 0x014d6009u, 0x01822c06u, 0x014d6909u, 0x014d7209u, 0x014d7b09u, 0x014d8409u,
    0x014d8d09u, 0x014d9606u, 0x014d9609u, 0x014d9f09u, 0x014da809u, 0x014db109u, 0x014dba09u, 0x00a5c709u,
    0x014dc309u, 0x014dcc09u, 0x014dd509u, 0x014dde09u, 0x014de709u, 0x014df009u, 0x014df909u, 0x014e0209u,
    0x014e0b09u, 0x014e1409u, 0x014e1d09u, 0x014e2609u, 0x014e2f09u, 0x014e3809u, 0x014e4109u, 0x014e4a09u,
    0x014e5309u, 0x014e5c09u, 0x014e6509u, 0x014e6e09u, 0x014e7709u, 0x01823206u, 0x014e8009u, 0x014e8909u,
    0x014e9209u, 0x014e9b06u, 0x014e9b09u, 0x014ea409u, 0x014ead09u, 0x014eb609u, 0x014ebf09u, 0x00152614u,
    0x00154014u, 0x00155a14u, 0x0100270du, 0x016e5807u, 0x00822611u, 0x003fb614u, 0x00b97f0fu, 0x013d1c0au,
    0x009e5010u, 0x00b98e0fu, 0x00224917u, 0x00536513u, 0x0021cd09u, 0x0016b40cu, 0x0028cb16u, 0x00b99d0fu,
    0x00687512u, 0x00688712u, 0x009e6010u, 0x00537813u, 0x00689912u, 0x0068ab12u, 0x0068bd12u, 0x009e7010u,
    0x003fca14u, 0x003fde14u, 0x00538b13u, 0x00823711u, 0x009e8010u, 0x014ec809u, 0x012a360bu, 0x012a410bu,
    0x014ed109u, 0x00824811u, 0x00825911u, 0x003ff214u, 0x009e9010u, 0x00b9ac0fu, 0x0100340du, 0x00d68a0eu,
    0x00226017u, 0x0028e116u, 0x00826a11u, 0x0068cf12u, 0x00400614u, 0x00827b11u, 0x00401a14u, 0x00828c11u,
    0x00539e13u, 0x00402e14u, 0x0068e112u, 0x009ea010u, 0x0032fc15u, 0x0028f716u, 0x009eb010u, 0x0053b113u,
    0x00227717u, 0x00829d11u, 0x001d0318u, 0x00331115u, 0x009ec010u, 0x0100410du, 0x00b9bb0fu, 0x00404214u,
    0x0082ae11u, 0x0014fb0bu, 0x00d6980eu, 0x00405614u, 0x0053c413u, 0x00332615u, 0x00406a14u, 0x0113e80cu,
    0x00d6a60eu, 0x00b9ca0fu, 0x00d6b40eu, 0x0053d713u, 0x0082bf11u, 0x0053ea13u, 0x00d6c20eu, 0x0082d011u,
    0x00b9d90fu, 0x0162bd08u, 0x013d260au, 0x0113f40cu, 0x01004e0du, 0x012a4c0bu, 0x00333b15u, 0x01005b0du,
    0x00b9e80fu, 0x013d300au, 0x009ed010u, 0x0082e111u, 0x00b9f70fu, 0x013d3a0au, 0x014eda09u, 0x013d440au,
    0x013d4e0au, 0x0053fd13u, 0x009ee010u, 0x009ef010u, 0x00d6d00eu, 0x0082f211u, 0x00830311u, 0x0068f312u,
    0x00ba060fu, 0x00831411u, 0x00690512u, 0x00ba150fu, 0x009f0010u, 0x00691712u, 0x00290d16u, 0x0100680du,
    0x00832511u, 0x00ba240fu, 0x009f1010u, 0x00541013u, 0x00292316u, 0x00833611u, 0x013d580au, 0x00834711u,
    0x00ba330fu, 0x00692912u, 0x00ba420fu, 0x012a570bu, 0x00835811u, 0x00335015u, 0x00542313u, 0x00836911u,
    0x00693b12u, 0x01823806u, 0x0100750du, 0x00ba510fu, 0x00293916u, 0x00d6de0eu, 0x00694d12u, 0x00407e14u,
    0x00543613u, 0x00d6ec0eu, 0x0100820du, 0x01008f0du, 0x00544913u, 0x00695f12u, 0x009f2010u, 0x00409214u,
    0x00336515u, 0x00294f16u, 0x00337a15u, 0x00338f15u, 0x00697112u, 0x00837a11u, 0x0033a415u, 0x00838b11u,
    0x00698312u, 0x0040a614u, 0x00d6fa0eu, 0x00699512u, 0x0069a712u, 0x0069b912u, 0x00ba600fu, 0x00ba6f0fu,
    0x019be604u, 0x00199502u, 0x00839c11u, 0x0098730du, 0x0040ba14u, 0x01823e06u, 0x0162c508u, 0x012a620bu,
    0x00d7080eu, 0x00ba7e0fu, 0x013d620au, 0x01009c0du, 0x019d2b03u, 0x00d42502u, 0x01961c05u, 0x01962105u,
    0x0114000cu, 0x013d6c0au, 0x013d760au, 0x013d800au, 0x00ba8d0fu, 0x00ba9c0fu, 0x014ee309u, 0x00157102u,
    0x012a3b03u, 0x00545c13u, 0x0100a90du, 0x0100b60du, 0x00dbd004u, 0x012a6d0bu, 0x016e5f07u, 0x016e6607u,
    0x012a780bu, 0x00baab0fu, 0x009f3010u, 0x012a830bu, 0x00546f13u, 0x00548213u, 0x0040ce14u, 0x0100c30du,
    0x016e6d07u, 0x016e7407u, 0x0033b903u, 0x0069cb12u, 0x009f4010u, 0x0033b915u, 0x00d7160eu, 0x01824406u,
    0x01824a06u, 0x01140c0cu, 0x0069dd12u, 0x0040e214u, 0x0100d00du, 0x012a8e0bu, 0x0100dd0du, 0x00d7240eu,
    0x0083ad11u, 0x0069ef12u, 0x00d7320eu, 0x00228e17u, 0x00baba0fu, 0x0100ea0du, 0x0100f70du, 0x0101040du,
    0x006a0112u, 0x006a1312u, 0x0040f614u, 0x009f5010u, 0x009f6010u, 0x0083be11u, 0x00410a14u, 0x009f7010u,
    0x00186f19u, 0x0083cf11u, 0x0033ce15u, 0x00411e14u, 0x006a2512u, 0x00549513u, 0x00188819u, 0x0018a119u,
    0x0054a813u, 0x00413214u, 0x016e7b07u, 0x012a990bu, 0x016e8204u, 0x016e8207u, 0x00d7400eu, 0x00414614u,
    0x00415a14u, 0x00bac90fu, 0x00bad80fu, 0x0101110du, 0x0162cd08u, 0x0162d508u, 0x013d8a0au, 0x00bf4b02u,
    0x01962605u, 0x0114180cu, 0x00178002u, 0x0054bb13u, 0x00bae70fu, 0x00d74e0eu, 0x0033e315u, 0x01011e0du,
    0x0031f808u, 0x00d75c0eu, 0x009f8010u, 0x0083e011u, 0x01142405u, 0x0114240cu, 0x0083f111u, 0x00baf60fu,
    0x00bb050fu, 0x009f9010u, 0x00bb140fu, 0x01012b0du, 0x00bb230fu, 0x006a3712u, 0x0114300cu, 0x00d76a0eu,
    0x006a4912u, 0x00bb320fu, 0x0018ba07u, 0x0054ce13u, 0x0018ba19u, 0x013d940au, 0x006a5b12u, 0x013d9e0au,
    0x0101380du, 0x009fa010u, 0x014eec09u, 0x00d7780eu, 0x00d7860eu, 0x01143c0cu, 0x00d7940eu, 0x0162dd08u,
    0x0101450du, 0x00bb410fu, 0x012aa40bu, 0x0101520du, 0x006a6d12u, 0x012aaf0bu, 0x0033f815u, 0x01015f0du,
    0x00840211u, 0x00bb500fu, 0x00d7a20eu, 0x01825006u, 0x00416e14u, 0x00340d15u, 0x006a7f12u, 0x0054e113u,
    0x01016c0du, 0x0101790du, 0x0101860du, 0x006a9112u, 0x006aa312u, 0x00bb5f0fu, 0x006ab512u, 0x00418214u,
    0x0054f413u, 0x009fb010u, 0x009fc010u, 0x00419614u, 0x00bb6e0fu, 0x014ef509u, 0x00b07c02u, 0x019bea04u,
    0x019d2e03u, 0x0114480cu, 0x002d7302u, 0x01825606u, 0x014efe09u, 0x01962b05u, 0x01963005u, 0x0114540cu,
    0x013da80au, 0x014f0709u, 0x013db20au, 0x0114600cu, 0x004a8203u, 0x019bee04u, 0x01146c0cu, 0x00bb7d0fu,
    0x00bb8c0fu, 0x0101930du, 0x00bb9b0fu, 0x016e8907u, 0x01963505u, 0x014dac05u, 0x0114780cu, 0x00296516u,
    0x00297b16u, 0x0041aa14u, 0x009fd010u, 0x0101a00du, 0x0114840cu, 0x00841311u, 0x00bbaa0fu, 0x00d7b00eu,
    0x00550713u, 0x006ac712u, 0x00226c0bu, 0x0041be14u, 0x00551a13u, 0x0101ad0du, 0x00842411u, 0x00552d13u,
    0x006ad912u, 0x00843511u, 0x00554013u, 0x00555313u, 0x009fe010u, 0x006afd12u, 0x0041d214u, 0x0041e614u,
    0x00bbb90fu, 0x0114900cu, 0x0041fa14u, 0x00342215u, 0x014f1009u, 0x00420e14u, 0x00844611u, 0x00845711u,
    0x014f1909u, 0x00422214u, 0x009ff010u, 0x00846811u, 0x006b0f12u, 0x006b2112u, 0x001d1b18u, 0x0162e508u,
    0x00a00010u, 0x00847911u, 0x00a01010u, 0x00a02010u, 0x00556613u, 0x00343715u, 0x00557913u, 0x012aba0bu,
    0x012ac50bu, 0x01149c0cu, 0x00558c13u, 0x0162ed08u, 0x0101ba0du, 0x00848a11u, 0x01963a05u, 0x012ad00bu,
    0x012adb0bu, 0x016e9007u, 0x0114a80cu, 0x0114b40cu, 0x0101c70du, 0x0114c00cu, 0x013dbc0au, 0x0049dd02u,
    0x013dc60au, 0x0114cc0cu, 0x001b0e02u, 0x014db505u, 0x016e9707u, 0x00bbc80fu, 0x00849b11u, 0x006b3312u,
    0x0084ac11u, 0x001d8b05u, 0x001d8b08u, 0x00d7be0eu, 0x0084bd11u, 0x00bbd70fu, 0x00497802u, 0x0114d80cu,
    0x019bf204u, 0x019bf604u, 0x00081802u, 0x0114e40cu, 0x014dbe05u, 0x00bbe60fu, 0x01825c06u, 0x0114f00cu,
    0x0101d40du, 0x016e9e07u, 0x014f2209u, 0x00d7cc0eu, 0x0162f508u, 0x012ae60bu, 0x01963f05u, 0x014f2b09u,
    0x0084ce11u, 0x014f3409u, 0x01826206u, 0x001fc804u, 0x00d7da0eu, 0x0101e10du, 0x014f3d09u, 0x012af10bu,
    0x012afc0bu, 0x016ea507u, 0x016eac07u, 0x013dd00au, 0x014f4609u, 0x00d7e80eu, 0x014f4f09u, 0x016eb307u,
    0x012b070bu, 0x0026ae03u, 0x014f5809u, 0x01826806u, 0x016eba07u, 0x013dda0au, 0x012b120bu, 0x002bc003u,
    0x016ec107u, 0x01826e06u, 0x00b8c106u, 0x01827406u, 0x0162fd08u, 0x001e3202u, 0x000cc502u, 0x01964405u,
    0x00bbf50fu, 0x011bb303u, 0x01964905u, 0x0115080cu, 0x00d7f60eu, 0x01964e05u, 0x0115140cu, 0x013de40au,
    0x014f6109u, 0x0101ee0du, 0x01630508u, 0x01630d08u, 0x016ecf07u, 0x014f6a09u, 0x01827a06u, 0x01464906u,
    0x01965305u, 0x013dee0au, 0x019bfa04u, 0x0115200cu, 0x01152c0cu, 0x013df80au, 0x0101fb0du, 0x016ed607u,
    0x013e020au, 0x01828006u, 0x013e0c0au, 0x01631508u, 0x014f7309u, 0x014f7c09u, 0x01631d08u, 0x012b1d0bu,
    0x006b4512u, 0x01965805u, 0x013e160au, 0x01965d05u, 0x01966205u, 0x019bfe04u, 0x0011d602u, 0x00b25405u,
    0x014f8509u, 0x014f8e09u, 0x014f9709u, 0x014fa009u, 0x014fa909u, 0x014fb209u, 0x014fbb09u, 0x014fc409u,
    0x014fcd09u, 0x014fd609u, 0x01828606u, 0x014fdf09u, 0x014fe809u, 0x014ff109u, 0x014ffa09u, 0x01500309u,
    0x01500c09u, 0x01501509u, 0x01501e09u, 0x01502709u, 0x01503009u, 0x01503909u, 0x01504209u, 0x01504b09u,
    0x01505409u, 0x01505d09u, 0x01506609u, 0x01506f09u, 0x01507809u, 0x01508109u, 0x01508a09u, 0x01509309u,
    0x01509c09u, 0x0150a509u, 0x0150ae09u, 0x0150b709u, 0x0150c009u, 0x0150c909u, 0x0150d209u, 0x0150db09u,
    0x0150e409u, 0x0150ed09u, 0x0150f609u, 0x0150ff09u, 0x01510809u, 0x01511109u, 0x01511a09u, 0x01512309u,
    0x01512c09u, 0x01513509u, 0x01513e09u, 0x01514709u, 0x01515009u, 0x01515909u, 0x01516209u, 0x019c0204u,
    0x016edd07u, 0x01516b09u, 0x008b2604u, 0x0102080du, 0x01517409u, 0x01828c06u, 0x01632508u, 0x013e200au,
    0x00d80404u, 0x0102150du, 0x00d8040eu, 0x00d8120eu, 0x0115380cu, 0x01966705u, 0x0115440cu, 0x0115500cu,
    0x01155c0cu, 0x00bc040fu, 0x01517d09u, 0x012b280bu, 0x016ee407u, 0x019c0604u, 0x00d82007u, 0x00d8200eu,
    0x01518609u, 0x01156805u, 0x0115680cu, 0x00198904u, 0x0084f011u, 0x00d82e0eu, 0x012b330bu, 0x01966c05u,
    0x0102220du, 0x00219504u, 0x002c6906u, 0x01022f0du, 0x002c6914u, 0x013e2a0au, 0x00082502u, 0x01829206u,
    0x019b5c03u, 0x0151b203u, 0x01967105u, 0x01967605u, 0x01518f09u, 0x01967b04u, 0x01967b05u, 0x00559f13u,
    0x0055b213u, 0x01023c0du, 0x01829806u, 0x01968005u, 0x016eeb07u, 0x012b3e0bu, 0x016a0706u, 0x0102490du,
    0x0102560du, 0x0115740cu, 0x006b5712u, 0x00d83c0eu, 0x013e340au, 0x00d84a0eu, 0x013e3e0au, 0x01519809u,
    0x0151a109u, 0x013e480au, 0x01026303u, 0x013e520au, 0x0115800cu, 0x0102630du, 0x01829e06u, 0x0182a406u,
    0x01158c0cu, 0x012b490bu, 0x016ef207u, 0x01632d08u, 0x00149e1au, 0x0014b81au, 0x006b6912u, 0x001d3306u,
    0x001d3318u, 0x0102700du, 0x012b540bu, 0x01633508u, 0x0115980cu, 0x00851211u, 0x00d8580eu, 0x01633d08u,
    0x0025bb05u, 0x01968505u, 0x01027d0du, 0x0080c204u, 0x013e5c0au, 0x012b5f0bu, 0x0151aa09u, 0x00bc130fu,
    0x0151b309u, 0x008aaa03u, 0x0115a40cu, 0x00852311u, 0x005ed702u, 0x00040602u, 0x00114d02u, 0x0151bc09u,
    0x01968a05u, 0x01968f05u, 0x01419203u, 0x0151c509u, 0x0182aa06u, 0x0182b006u, 0x0182b606u, 0x0182bc06u,
    0x0182c206u, 0x0182c806u, 0x0182ce06u, 0x01419204u, 0x000fb902u, 0x0151ce09u, 0x01969405u, 0x012b6a0bu,
    0x01634508u, 0x0151d709u, 0x013e660au, 0x01634d08u, 0x00d8660eu, 0x0128d70au, 0x013e700au, 0x012b750bu,
    0x01635508u, 0x01587507u, 0x01635d08u, 0x0151e009u, 0x01636508u, 0x0151e909u, 0x01636d08u, 0x00853404u,
    0x00853411u, 0x0182d406u, 0x01028a0du, 0x0039fe02u, 0x0151f209u, 0x01969905u, 0x016ef907u, 0x00265102u,
    0x013e7a0au, 0x0151fb09u, 0x00299116u, 0x019c0a04u, 0x0177fc04u, 0x00002602u, 0x01520409u, 0x01520d09u,
    0x00a5cb05u, 0x01521609u, 0x01521f09u, 0x012b800bu, 0x00a03010u, 0x01969e05u, 0x013e840au, 0x01029706u,
    0x0102970du, 0x00854511u, 0x0102a40du, 0x012b8b0bu, 0x00a04010u, 0x019c0e04u, 0x016f0007u, 0x016f0707u,
    0x00a05010u, 0x004e6206u, 0x00a06010u, 0x0182da06u, 0x0029a716u, 0x0022a517u, 0x00d8740eu, 0x013e8e0au,
    0x00bc220fu, 0x0102b10du, 0x013e980au, 0x01522809u, 0x0029bd16u, 0x0010e303u, 0x0089e10au, 0x01523109u,
    0x00856711u, 0x01523a09u, 0x0196a305u, 0x0102be0du, 0x00857811u, 0x00bc310fu, 0x00d8820eu, 0x00bc400fu,
    0x013ea20au, 0x012b960bu, 0x01637508u, 0x00080703u, 0x00d8900eu, 0x00a07010u, 0x0182e006u, 0x00d89e0eu,
    0x01524309u, 0x01524c09u, 0x013eac0au, 0x00bc4f0fu, 0x00bc5e0fu, 0x01525509u, 0x0051ef06u, 0x01525e09u,
    0x016f0e07u, 0x0115b00cu, 0x01637d08u, 0x01526709u, 0x006b7b12u, 0x006b8d12u, 0x00bc6d0fu, 0x00858911u,
    0x00bc7c0fu, 0x01638508u, 0x0102cb0du, 0x0055c513u, 0x0055d813u, 0x006b9f12u, 0x01638d08u, 0x00a08010u,
    0x00bc8b0fu, 0x00859a11u, 0x0182e606u, 0x01527009u, 0x006bb112u, 0x00344c15u, 0x0055eb13u, 0x00a09010u,
    0x0085ab11u, 0x0055fe13u, 0x00423614u, 0x0029d316u, 0x00561113u, 0x00a0a010u, 0x00a0b010u, 0x0022bc17u,
    0x00120814u, 0x00424a14u, 0x006bc312u, 0x00346115u, 0x00a0c010u, 0x0182ec06u, 0x0102d80du, 0x0115bc0cu,
    0x0115c80cu, 0x012ba10bu, 0x01527909u, 0x0196a805u, 0x018fd705u, 0x001b0a03u, 0x0009ce02u, 0x0196ad05u,
    0x01528209u, 0x0196b205u, 0x01639508u, 0x011cd408u, 0x01639d08u, 0x016f1507u, 0x0163a508u, 0x00216202u,
    0x0196b705u, 0x014dc705u, 0x00022802u, 0x01528b09u, 0x0196bc05u, 0x01717105u, 0x0196c105u, 0x0196c605u,
    0x0196cb05u, 0x0196d005u, 0x0196d505u, 0x0196da05u, 0x014dd005u, 0x0196df05u, 0x0014d203u, 0x0182f206u,
    0x0182f806u, 0x0182fe06u, 0x01830406u, 0x01830a06u, 0x01831006u, 0x01831606u, 0x01831c06u, 0x016f1c07u,
    0x01832206u, 0x01832806u, 0x013eb60au, 0x013ec00au, 0x0102e505u, 0x013eca0au, 0x0163ad08u, 0x0115d40cu,
    0x0163b508u, 0x0115e00cu, 0x0102e50du, 0x00d8ac0eu, 0x012bac0bu, 0x006bd512u, 0x0085bc11u, 0x0014d21au,
    0x0102f20du, 0x019c1204u, 0x00bc9a0fu, 0x0102ff0du, 0x01030c0du, 0x0103190du, 0x00d8ba0eu, 0x0115ec0cu,
    0x00425e14u, 0x00e94809u, 0x01529409u, 0x01529d09u, 0x0152a609u, 0x0163bd08u, 0x006be712u, 0x016f1a04u,
    0x00bca908u, 0x00bca90fu, 0x013ed40au, 0x000cb803u, 0x01373c04u, 0x013ede0au, 0x0163c508u, 0x012bb70bu,
    0x00a0d010u, 0x0115f80cu, 0x013ee80au, 0x00bcb80fu, 0x0099830du, 0x016f2307u, 0x00208202u, 0x0152af09u,
    0x0152b809u, 0x00148302u, 0x0196e405u, 0x0196e905u, 0x00afa205u, 0x0196ee05u, 0x00bcc70fu, 0x0152c109u,
    0x00bcd60fu, 0x00bce50fu, 0x00bcf40fu, 0x0152ca09u, 0x006bf912u, 0x00bd030fu, 0x00bd120fu, 0x013ef20au,
    0x0085cd11u, 0x00a0ba06u, 0x0152d309u, 0x0152dc09u, 0x006c0b12u, 0x00bd210fu, 0x00bd300fu, 0x00bd3f0fu,
    0x0103330du, 0x006c1d12u, 0x00562413u, 0x00bd4e0fu, 0x00563713u, 0x00bd5d0fu, 0x006c2f12u, 0x006c4112u,
    0x0103400du, 0x006b4a03u, 0x01832e06u, 0x01833406u, 0x01833a06u, 0x01834006u, 0x01834606u, 0x01834c06u,
    0x01835206u, 0x01835806u, 0x01835e06u, 0x01836406u, 0x01836a06u, 0x01837006u, 0x01837606u, 0x01837c06u,
    0x01838206u, 0x01838806u, 0x01838e06u, 0x01839406u, 0x01839a06u, 0x0183a006u, 0x0183a606u, 0x0183ac06u,
    0x0183b206u, 0x0183b806u, 0x0183be06u, 0x0183c406u, 0x0183ca06u, 0x0183d006u, 0x0183d606u, 0x0183dc06u,
    0x0183e206u, 0x0183e806u, 0x0183ee06u, 0x0183f406u, 0x0183fa06u, 0x01840006u, 0x01840606u, 0x01840c06u,
    0x01841206u, 0x01841806u, 0x01841e06u, 0x01842406u, 0x01842a06u, 0x01843006u, 0x01843606u, 0x01843c06u,
    0x01844206u, 0x01844806u, 0x01844e06u, 0x01845406u, 0x01845a06u, 0x01846006u, 0x01846606u, 0x01846c06u,
    0x01847206u, 0x01847806u, 0x01847e06u, 0x01848406u, 0x01848a06u, 0x01849006u, 0x01849606u, 0x0163cd08u,
    0x0152e509u, 0x00bd6c0fu, 0x00c8b00bu, 0x0085de11u, 0x006c5312u, 0x0085ef11u, 0x00427214u, 0x001d4b18u,
    0x00860011u, 0x00bd7b0fu, 0x00564a13u, 0x00428614u, 0x0014ec1au, 0x00429a14u, 0x00565d13u, 0x0029e916u,
    0x0029ff16u, 0x001d6318u, 0x00a0e010u, 0x00347615u, 0x0042ae14u, 0x002a1516u, 0x0022d317u, 0x0022ea17u,
    0x00230117u, 0x00231817u, 0x001d7b18u, 0x00861111u, 0x00bd8a0fu, 0x00bd990fu, 0x0152ee09u, 0x016f2a07u,
    0x01034d0du, 0x00d8c804u, 0x01035a0du, 0x00d8c80eu, 0x012bc20bu, 0x00a0f010u, 0x0116040cu, 0x00567013u,
    0x00d8d60eu, 0x00a10010u, 0x002a1b10u, 0x0051fb04u, 0x0116100cu, 0x0103670du, 0x012bcd0bu, 0x012bd80bu,
    0x00862211u, 0x00bda80fu, 0x00863311u, 0x00bdb70fu, 0x00a11010u, 0x0053b311u, 0x00864411u, 0x006c6512u,
    0x00a12010u, 0x00bdc60fu, 0x0042c214u, 0x00568313u, 0x00d8e40eu, 0x004ebc0fu, 0x0103740du, 0x00230503u,
    0x00bdd50fu, 0x00d8f20eu, 0x00bde40fu, 0x00bdf30fu, 0x006c7712u, 0x00a13010u, 0x013efc0au, 0x00d9000eu,
    0x006c8912u, 0x00865511u, 0x00a14010u, 0x00121309u, 0x00d90e0eu, 0x00866611u, 0x00be020fu, 0x002a2b16u,
    0x00867711u, 0x0103810du, 0x0042d614u, 0x00569613u, 0x00295a0bu, 0x0042ea14u, 0x00be110fu, 0x00a15010u,
    0x0042fe14u, 0x006c9b12u, 0x00431214u, 0x00a16010u, 0x00be200fu, 0x0056a913u, 0x00a17010u, 0x00868811u,
    0x01161c0cu, 0x00224802u, 0x0152f709u, 0x0196f305u, 0x003aa102u, 0x013f0603u, 0x013f060au, 0x0092d503u,
    0x0029a603u, 0x013f100au, 0x00110802u, 0x018cd705u, 0x014de205u, 0x00190d02u, 0x0116280cu, 0x01038e0du,
    0x0196f805u, 0x01377705u, 0x014deb05u, 0x013f1a0au, 0x00be2f0fu, 0x002ace04u, 0x016f3107u, 0x016f3807u,
    0x016f3f07u, 0x016f4607u, 0x016f4d07u, 0x016f5407u, 0x00967606u, 0x0056bc13u, 0x01039b0du, 0x01849c06u,
    0x00467104u, 0x013f240au, 0x00d91c0eu, 0x01530009u, 0x0103a80du, 0x016f5b07u, 0x0163d508u, 0x00404403u,
    0x008bb903u, 0x00be3e0fu, 0x0184a206u, 0x0163dd08u, 0x01530909u, 0x00432603u, 0x012be30bu, 0x00432614u,
    0x0184a806u, 0x016f6207u, 0x01163405u, 0x0163e508u, 0x0116340cu, 0x0116400cu, 0x00be4d0fu, 0x016f6907u,
    0x00869911u, 0x00be5c0fu, 0x00a18010u, 0x001d9318u, 0x0163ed08u, 0x00be6b0fu, 0x00a19010u, 0x00348b15u,
    0x0184ae06u, 0x0103b50du, 0x012bee0bu, 0x012bf90bu, 0x01531209u, 0x006cad12u, 0x0034a015u, 0x00a1a010u,
    0x0086aa11u, 0x0086bb11u, 0x006cbf12u, 0x0184b406u, 0x0034b515u, 0x0056cf13u, 0x0163f508u, 0x0103c206u,
    0x0103c20du, 0x00433a14u, 0x013f2e0au, 0x012c040bu, 0x016f7007u, 0x01531b09u, 0x0086cc11u, 0x00227004u,
    0x0086dd11u, 0x0086ee11u, 0x012c0f0bu, 0x00d92a0eu, 0x0086ff11u, 0x0103cf03u, 0x0196fd05u, 0x0103cf0du,
    0x00be7a0fu, 0x0008b602u, 0x017c3f05u, 0x002d1c02u, 0x00066202u, 0x01615005u, 0x013f380au, 0x0003ff02u,
    0x01532409u, 0x01970205u, 0x01970705u, 0x01532d09u, 0x014df405u, 0x00066b03u, 0x0184ba06u, 0x0184c006u,
    0x001f2a02u, 0x01533609u, 0x01533f09u, 0x01970c05u, 0x01534809u, 0x014dfd05u, 0x0186a403u, 0x001f4203u,
    0x0003ea02u, 0x00be890fu, 0x00be980fu, 0x00871011u, 0x00a1b010u, 0x006cd112u, 0x0103dc0du, 0x00bea70fu,
    0x0056e213u, 0x0103e90du, 0x016f7707u, 0x01535109u, 0x013f420au, 0x0056f513u, 0x00a1c010u, 0x00434e14u,
    0x012c1a0bu, 0x00570813u, 0x00beb60fu, 0x0184c606u, 0x01535a09u, 0x001dab18u, 0x006ce312u, 0x0103f60du,
    0x0003fa06u, 0x01536309u, 0x01536c09u, 0x01537509u, 0x01537e09u, 0x01538709u, 0x00571b13u, 0x00232f17u,
    0x00810a05u, 0x0116580cu, 0x01539009u, 0x01539909u, 0x012c250bu, 0x00bec50fu, 0x006cf512u, 0x006e4506u,
    0x0153a209u, 0x00058d02u, 0x00003102u, 0x0153ab09u, 0x0003d402u, 0x01971105u, 0x00145902u, 0x00bed40fu,
    0x0104030du, 0x0116640cu, 0x012c300bu, 0x0153b409u, 0x0153bd09u, 0x01574505u, 0x0034ca15u, 0x012c3b0bu,
    0x0104100du, 0x016f7e07u, 0x013f4c0au, 0x012c460bu, 0x012c510bu, 0x0116700cu, 0x01041d0du, 0x01167c0cu,
    0x012c5c0bu, 0x016f8507u, 0x0116880cu, 0x012c670bu, 0x0116940cu, 0x00d9380eu, 0x00872111u, 0x012c720bu,
    0x0153c609u, 0x0153cf09u, 0x00a1d010u, 0x0116a00cu, 0x00728c09u, 0x012c7d0bu, 0x00bee30fu, 0x01042a0du,
    0x00a1e010u, 0x013f560au, 0x0153d809u, 0x012c880bu, 0x016f8c07u, 0x0153e109u, 0x002ee80fu, 0x00436214u,
    0x00437614u, 0x00438a14u, 0x00a1f010u, 0x0104370du, 0x00bef20fu, 0x00bf010fu, 0x00bf100fu, 0x00bf1f0fu,
    0x006d0712u, 0x00572e10u, 0x00572e13u, 0x00bf2e0fu, 0x00bf3d0fu, 0x00bf4c0fu, 0x00bf5b0fu, 0x00bf6a0fu,
    0x00bf790fu, 0x00bf880fu, 0x00a20010u, 0x00bf970fu, 0x00bfa60fu, 0x00bfb50fu, 0x00bfc40fu, 0x0104440du,
    0x012c930bu, 0x0163fd08u, 0x0116ac0cu, 0x0153ea09u, 0x013f600au, 0x0094ce02u, 0x019c1604u, 0x00880b04u,
    0x0184cc06u, 0x00002a02u, 0x007cc005u, 0x016f9307u, 0x00873211u, 0x00337e03u, 0x0104510du, 0x0018d319u,
    0x00874311u, 0x00875411u, 0x00229c09u, 0x00a21010u, 0x00574113u, 0x006d1912u, 0x00575413u, 0x00bfd30fu,
    0x00576713u, 0x001ed80bu, 0x00439e14u, 0x006d2b12u, 0x00577a13u, 0x00578d13u, 0x00a22010u, 0x00bfe20fu,
    0x00a23010u, 0x00bff10fu, 0x00d0d106u, 0x00c0000fu, 0x00c00f0fu, 0x00a24010u, 0x00876511u, 0x0028380fu,
    0x0043b214u, 0x0057a013u, 0x0043c614u, 0x006d3d12u, 0x0034df15u, 0x00188c15u, 0x00a25010u, 0x00877611u,
    0x00878711u, 0x002a4116u, 0x00879811u, 0x0034f415u, 0x00a26010u, 0x00c01e0fu, 0x0087a911u, 0x0043da14u,
    0x001dc318u, 0x00350915u, 0x001ddb18u, 0x0057b313u, 0x0043ee14u, 0x006d4f12u, 0x01640508u, 0x013f6a0au,
    0x013f740au, 0x013f7e0au, 0x01045e0du, 0x00440204u, 0x016f9a07u, 0x016fa107u, 0x016fa807u, 0x016faf07u,
    0x016fb607u, 0x016fbd07u, 0x016fc407u, 0x016fcb07u, 0x016fd207u, 0x016fd907u, 0x016fe007u, 0x016fe707u,
    0x016fee07u, 0x016ff507u, 0x016ffc07u, 0x01700307u, 0x01700a07u, 0x01701107u, 0x0057c613u, 0x0057d913u,
    0x00440214u, 0x006d6112u, 0x0087ba11u, 0x0153f309u, 0x01046b0du, 0x0087cb11u, 0x0087dc11u, 0x00a27010u,
    0x006d7312u, 0x006d8512u, 0x00a28010u, 0x00a29010u, 0x00a2a010u, 0x0116b80cu, 0x0057ec13u, 0x00c02d0fu,
    0x00c03c0fu, 0x0087ed11u, 0x006d9712u, 0x0153fc09u, 0x01540509u, 0x00282a07u, 0x0116c40cu, 0x006da912u,
    0x00c04b0fu, 0x01640d08u, 0x00351e15u, 0x0057ff13u, 0x012c9e0bu, 0x01540e09u, 0x00c05a0fu, 0x00234617u,
    0x0184d206u, 0x01641508u, 0x00c0690fu, 0x00235d17u, 0x00237417u, 0x00353315u, 0x00a2b010u, 0x00125206u,
    0x013f880au, 0x00354815u, 0x0012521bu, 0x002a5716u, 0x0087fe11u, 0x0104780du, 0x001df318u, 0x0015061au,
    0x00c0780fu, 0x012ca90bu, 0x0116d00cu, 0x00c0870fu, 0x01641d08u, 0x012cb40bu, 0x01708404u, 0x006dbb12u,
    0x01971605u, 0x00752703u, 0x0009eb02u, 0x014b5105u, 0x014e0605u, 0x01509705u, 0x000e0e02u, 0x0021ba05u,
    0x01971b05u, 0x01972005u, 0x01972505u, 0x01972a05u, 0x01972f05u, 0x014e0f05u, 0x0116dc0cu, 0x00c0960fu,
    0x00272203u, 0x00d9460eu, 0x01701807u, 0x006dcd12u, 0x012cbf0bu, 0x00c0a50fu, 0x00c0b40fu, 0x00c0c30fu,
    0x01642508u, 0x012cca0bu, 0x00c0d20fu, 0x013f920au, 0x01541709u, 0x000f9203u, 0x00d9540eu, 0x0184d806u,
    0x0184de06u, 0x0184e406u, 0x0184ea06u, 0x0184f006u, 0x0184f606u, 0x0184fc06u, 0x01850206u, 0x01850806u,
    0x01850e06u, 0x01851406u, 0x01851a06u, 0x01852006u, 0x01852606u, 0x01852c06u, 0x01853206u, 0x01853806u,
    0x01853e06u, 0x01854406u, 0x01854a06u, 0x01855006u, 0x01855606u, 0x01855c06u, 0x01856206u, 0x01856806u,
    0x01856e06u, 0x01857406u, 0x01857a06u, 0x01858006u, 0x01858606u, 0x01858c06u, 0x01859206u, 0x01859806u,
    0x01859e06u, 0x013f9c0au, 0x0185a406u, 0x0185aa06u, 0x0185b006u, 0x0185b606u, 0x0185bc06u, 0x0185c206u,
    0x0185c806u, 0x0185ce06u, 0x0185d406u, 0x0185da06u, 0x0185e006u, 0x0185e606u, 0x0185ec06u, 0x0185f206u,
    0x0185f806u, 0x0185fe06u, 0x01860406u, 0x0129b706u, 0x01860a06u, 0x01861006u, 0x01861606u, 0x01861c06u,
    0x01862206u, 0x01862806u, 0x01862e06u, 0x01863406u, 0x01863a06u, 0x01864006u, 0x01864606u, 0x01864c06u,
    0x01865206u, 0x01865806u, 0x01865e06u, 0x01866406u, 0x01866a06u, 0x01867006u, 0x01867606u, 0x01867c06u,
    0x01868206u, 0x01868806u, 0x01868e06u, 0x01869406u, 0x01869a06u, 0x0186a006u, 0x0186a606u, 0x0186ac06u,
    0x0186b206u, 0x0186b806u, 0x0186be06u, 0x0186c406u, 0x0186ca06u, 0x0186d006u, 0x0186d606u, 0x0186dc06u,
    0x0186e206u, 0x0186e806u, 0x012b8e06u, 0x0186ee06u, 0x0186f406u, 0x0186fa06u, 0x01870006u, 0x01870606u,
    0x01870c06u, 0x01871206u, 0x01871806u, 0x01871e06u, 0x01872406u, 0x01872a06u, 0x01873006u, 0x01873606u,
    0x01873c06u, 0x01874206u, 0x01874806u, 0x01874e06u, 0x01875406u, 0x01875a06u, 0x01876006u, 0x01876606u,
    0x01876c06u, 0x01877206u, 0x01877806u, 0x01877e06u, 0x01878406u, 0x01878a06u, 0x01879006u, 0x01879606u,
    0x01879c06u, 0x0187a206u, 0x0187a806u, 0x0187ae06u, 0x0187b406u, 0x0187ba06u, 0x0187c006u, 0x0187c606u,
    0x0187cc06u, 0x0187d206u, 0x0187d806u, 0x0187de06u, 0x0187e406u, 0x0187ea06u, 0x0187f006u, 0x01701f07u,
    0x01702607u, 0x012cd50bu, 0x0037c807u, 0x0116e80cu, 0x01702d07u, 0x00485203u, 0x00581213u, 0x00a2c010u,
    0x00a2d010u, 0x00d9620eu, 0x00485204u, 0x01703407u, 0x00a2e010u, 0x00d9700eu, 0x013a6904u, 0x013fa60au,
    0x01973405u, 0x00880f11u, 0x00178b02u, 0x01973905u, 0x00a50103u, 0x013fb00au, 0x012ce00bu, 0x00116a02u,
    0x01542009u, 0x004cf203u, 0x0187f606u, 0x0187fc06u, 0x01880206u, 0x01880806u, 0x01642d08u, 0x0104850du,
    0x014e1805u, 0x01958003u, 0x013fba0au, 0x01880e06u, 0x0003ec02u, 0x01881406u, 0x01881a06u, 0x01882006u,
    0x00441614u, 0x00582513u, 0x01778004u, 0x01882606u, 0x0104920du, 0x00a2f010u, 0x0023250au, 0x006ddf12u,
    0x00a30010u, 0x00442a14u, 0x00a31010u, 0x00a32010u, 0x00c0e10fu, 0x019c1a04u, 0x00a33010u, 0x01542909u,
    0x00a34010u, 0x012ceb0bu, 0x01973e05u, 0x01974305u, 0x00c0f00fu, 0x00443e14u, 0x00355d15u, 0x01882c06u,
    0x00a35010u, 0x00d97e0eu, 0x002a6d16u, 0x006df112u, 0x00238b17u, 0x006e0312u, 0x00445214u, 0x00357215u,
    0x00446614u, 0x00447a14u, 0x00448e14u, 0x0018ec19u, 0x00358715u, 0x00359c15u, 0x0044a214u, 0x00190519u,
    0x0023a217u, 0x00c0ff0fu, 0x0023b917u, 0x006e1512u, 0x006e2712u, 0x01883206u, 0x01883806u, 0x012cf60bu,
    0x00a36010u, 0x013fc40au, 0x012d010bu, 0x00583813u, 0x014e2105u, 0x00191e19u, 0x00110902u, 0x0011091cu,
    0x01974805u, 0x01974d05u, 0x01543209u, 0x01615805u, 0x01975205u, 0x014e2a05u, 0x00001902u, 0x01543b09u,
    0x01643508u, 0x012d0c0bu, 0x013fce0au, 0x01544409u, 0x01544d09u, 0x01184a06u, 0x01545609u, 0x006be205u,
    0x00584b13u, 0x0023d017u, 0x013fd80au, 0x01049f0du, 0x0104ac0du, 0x0015201au, 0x00153a1au, 0x0015541au,
    0x0104b90du, 0x00882011u, 0x00c10e0fu, 0x00a37010u, 0x01703b07u, 0x01545f09u, 0x01704207u, 0x01704907u,
    0x01975705u, 0x01883e06u, 0x01884406u, 0x01885006u, 0x01885606u, 0x01885c06u, 0x01886206u, 0x01886806u,
    0x01886e06u, 0x01887406u, 0x01887a06u, 0x01888006u, 0x01888606u, 0x01888c06u, 0x01889206u, 0x01889806u,
    0x01889e06u, 0x0188a406u, 0x01546809u, 0x01705007u, 0x01705707u, 0x00a38010u, 0x0044b614u, 0x01643d08u,
    0x01705e07u, 0x00d98c0eu, 0x0116f40cu, 0x0117000cu, 0x013fe20au, 0x0011251cu, 0x012d170bu, 0x00d99a0eu,
    0x01170c0cu, 0x00a39010u, 0x00d9a80eu, 0x00585e13u, 0x0117180cu, 0x006e3912u, 0x0188aa06u, 0x0104c60du,
    0x00a3a010u, 0x00a3b010u, 0x0188b006u, 0x012d220bu, 0x012d2d0bu, 0x00c11d0fu, 0x012d380bu, 0x0043de10u,
    0x012d430bu, 0x00883111u, 0x012d4e0bu, 0x0188b606u, 0x0188bc06u, 0x01547109u, 0x0104d30du, 0x00178103u,
    0x012d590bu, 0x012d640bu, 0x012d6f0bu, 0x0188c206u, 0x012d7a0bu, 0x0188c806u, 0x01975c05u, 0x0035b115u,
    0x0022f202u, 0x004b0703u, 0x013fec03u, 0x013fec0au, 0x01976105u, 0x0188ce06u, 0x00d2390du, 0x0188d406u,
    0x0070ed0au, 0x01976605u, 0x01976b05u, 0x01547a09u, 0x01616005u, 0x01977005u, 0x01548309u, 0x0188da06u,
    0x0076d103u, 0x00232002u, 0x01977505u, 0x01977a05u, 0x00c12c0fu, 0x006e4b12u, 0x006e5d12u, 0x01644508u,
    0x014e3305u, 0x01977f05u, 0x00193719u, 0x00195019u, 0x014e3c05u, 0x01706507u, 0x01706c07u, 0x013ff603u,
    0x0188e006u, 0x013ff60au, 0x012d850bu, 0x01707307u, 0x00a3c010u, 0x001b1702u, 0x0104e00du, 0x01548c09u,
    0x019c1e04u, 0x019c2204u, 0x002a8316u, 0x00a3d010u, 0x00d9c40eu, 0x00884211u, 0x0035c615u, 0x002acf03u,
    0x00587113u, 0x00885311u, 0x0140000au, 0x01644d08u, 0x0117240cu, 0x00c13b0fu, 0x0044ca14u, 0x002a9916u,
    0x001e0b18u, 0x00d75d0du, 0x0132ea05u, 0x00d9d20eu, 0x00588413u, 0x01707a07u, 0x01645508u, 0x01549509u,
    0x0188e606u, 0x00d9e00eu, 0x01978405u, 0x01978905u, 0x01616805u, 0x0188ec06u, 0x007c1106u, 0x00886411u,
    0x00a3e010u, 0x012d900bu, 0x00a3f010u, 0x01978e05u, 0x01979305u, 0x0117300cu, 0x0104ed0du, 0x00a40010u,
    0x006e6f12u, 0x003df00eu, 0x00a41010u, 0x00c14a0fu, 0x00a42010u, 0x00887511u, 0x012d9b0bu, 0x00a43010u,
    0x007ba90cu, 0x00a44010u, 0x00a45010u, 0x00c1590fu, 0x0022d911u, 0x00888611u, 0x014e4505u, 0x00d9ee0eu,
    0x00c1680fu, 0x01173c0cu, 0x00c1770fu, 0x00a46010u, 0x006e8112u, 0x00589713u, 0x00d9fc0eu, 0x00a47010u,
    0x012da60bu, 0x0058aa13u, 0x00a48010u, 0x004cfc07u, 0x0117480cu, 0x00c1860fu, 0x012db10bu, 0x00a49010u,
    0x014e4e05u, 0x006e9312u, 0x00508310u, 0x00da0a0eu, 0x00c1950fu, 0x0023980au, 0x006ea512u, 0x00a4a010u,
    0x006eb712u, 0x00889711u, 0x00da180eu, 0x00189707u, 0x0018970au, 0x006ec912u, 0x0035db15u, 0x0023be12u,
    0x01549e09u, 0x0058bd13u, 0x006edb12u, 0x00a4b010u, 0x01617005u, 0x01645d08u, 0x012dbc06u, 0x012dbc0bu,
    0x00c1a40fu, 0x00da260eu, 0x01708107u, 0x0154a709u, 0x0154b009u, 0x019c2604u, 0x01400a0au, 0x00003002u,
    0x002b7b10u, 0x00da340eu, 0x00451a14u, 0x0117540cu, 0x0104fa0du, 0x0117600cu, 0x01979805u, 0x01708807u,
    0x00deb10du, 0x00da420eu, 0x00a4c010u, 0x00452e14u, 0x006eed12u, 0x00a4d010u, 0x012dc70bu, 0x00454214u,
    0x0088a811u, 0x00a4e010u, 0x00da500eu, 0x0105070du, 0x0154cb09u, 0x01979d05u, 0x0088b911u, 0x0105140du,
    0x00196919u, 0x006eff12u, 0x002f6903u, 0x0105210du, 0x00a50010u, 0x0066a203u, 0x0188f206u, 0x00c1b30fu,
    0x0197a205u, 0x00c1c20fu, 0x006ff103u, 0x006ff106u, 0x01052e0du, 0x0154d409u, 0x00c1d10fu, 0x01176c0cu,
    0x00311e10u, 0x0117780cu, 0x00a51010u, 0x0035f015u, 0x0117840cu, 0x008c7909u, 0x0117900cu, 0x00da5e0eu,
    0x01053b0du, 0x002aaf16u, 0x0154dd09u, 0x00a52010u, 0x019d3103u, 0x01708f07u, 0x0088ca11u, 0x00144504u,
    0x00da6c0eu, 0x0088db11u, 0x00c1e00fu, 0x00da7a0eu, 0x0140140au, 0x01646508u, 0x0154e609u, 0x012ddd0bu,
    0x0197a705u, 0x0197ac05u, 0x0197b105u, 0x0197b605u, 0x0197bb05u, 0x0197c005u, 0x01706005u, 0x0197c505u,
    0x0197ca05u, 0x0114f305u, 0x0197cf05u, 0x0197d405u, 0x0197d905u, 0x0197de05u, 0x0197e305u, 0x014e5705u,
    0x01179c0cu, 0x0188f806u, 0x00da8806u, 0x00da880eu, 0x0105480du, 0x006f1112u, 0x00107a03u, 0x0188fe06u,
    0x01890406u, 0x01890a06u, 0x01891006u, 0x01891606u, 0x01891c06u, 0x01892206u, 0x01892806u, 0x01892e06u,
    0x01893406u, 0x01893a06u, 0x01894006u, 0x01894606u, 0x01894c06u, 0x01895206u, 0x01895806u, 0x01895e06u,
    0x01896406u, 0x01896a06u, 0x01897006u, 0x01897606u, 0x01897c06u, 0x01898206u, 0x01898806u, 0x01898e06u,
    0x01899406u, 0x01899a06u, 0x0189a006u, 0x0189a606u, 0x0189ac06u, 0x0189b206u, 0x0189b806u, 0x0189be06u,
    0x0189c406u, 0x0189ca06u, 0x0189d006u, 0x0189d606u, 0x0189dc06u, 0x0189e206u, 0x0189e806u, 0x0189ee06u,
    0x0189f406u, 0x0189fa06u, 0x018a0006u, 0x018a0606u, 0x018a0c06u, 0x018a1206u, 0x018a1806u, 0x018a1e06u,
    0x018a2406u, 0x018a2a06u, 0x018a3006u, 0x018a3606u, 0x018a3c06u, 0x018a4206u, 0x018a4806u, 0x018a4e06u,
    0x018a5406u, 0x018a5a06u, 0x018a6006u, 0x018a6606u, 0x018a6c06u, 0x018a7206u, 0x018a7806u, 0x018a7e06u,
    0x018a8406u, 0x018a8a06u, 0x018a9006u, 0x018a9606u, 0x018a9c06u, 0x018aa206u, 0x018aa806u, 0x018aae06u,
    0x018ab406u, 0x018aba06u, 0x018ac006u, 0x018ac606u, 0x018acc06u, 0x018ad206u, 0x018ad806u, 0x018ade06u,
    0x018ae406u, 0x018aea06u, 0x018af006u, 0x018af606u, 0x018afc06u, 0x018b0206u, 0x018b0806u, 0x018b0e06u,
    0x018b1406u, 0x018b1a06u, 0x018b2006u, 0x018b2606u, 0x018b2c06u, 0x018b3206u, 0x018b3806u, 0x018b3e06u,
    0x018b4406u, 0x018b4a06u, 0x018b5006u, 0x018b5606u, 0x018b5c06u, 0x018b6206u, 0x018b6806u, 0x018b6e06u,
    0x018b7406u, 0x018b7a06u, 0x018b8006u, 0x018b8606u, 0x018b8c06u, 0x018b9206u, 0x018b9806u, 0x018b9e06u,
    0x018ba406u, 0x018baa06u, 0x018bb006u, 0x018bb606u, 0x018bbc06u, 0x018bc206u, 0x018bc806u, 0x018bce06u,
    0x018bd406u, 0x018bda06u, 0x018be006u, 0x018be606u, 0x018bec06u, 0x018bf206u, 0x018bf806u, 0x018bfe06u,
    0x018c0406u, 0x018c0a06u, 0x018c1006u, 0x018c1606u, 0x018c1c06u, 0x018c2206u, 0x018c2806u, 0x018c2e06u,
    0x018c3406u, 0x018c3a06u, 0x018c4006u, 0x0025c306u, 0x018c4606u, 0x018c4c06u, 0x018c5206u, 0x018c5806u,
    0x018c5e06u, 0x018c6406u, 0x018c6a06u, 0x018c7006u, 0x018c7606u, 0x018c7c06u, 0x018c8206u, 0x018c8806u,
    0x018c8e06u, 0x0063a207u, 0x01709607u, 0x012de80bu, 0x012df30bu, 0x0154ef09u, 0x0154f809u, 0x012dfe0bu,
    0x01550109u, 0x01646d08u, 0x01709d07u, 0x0105550du, 0x00c1ef0fu, 0x00181c05u, 0x00181c08u, 0x00455614u,
    0x00c1fe0fu, 0x00156e1au, 0x01550a09u, 0x0170a407u, 0x0088ec11u, 0x00a9510fu, 0x0058d013u, 0x0058e313u,
    0x0105620du, 0x013bcb07u, 0x01551309u, 0x01401e0au, 0x00da960eu, 0x0140280au, 0x0117a80cu, 0x0117b40cu,
    0x01056f0du, 0x01214105u, 0x0117c00cu, 0x0117cc0cu, 0x0117d80cu, 0x006f2312u, 0x00daa40eu, 0x00c20d0fu,
    0x00a53010u, 0x006f3512u, 0x00c21c0fu, 0x0088fd11u, 0x018c9406u, 0x01647508u, 0x00dab20eu, 0x00890e11u,
    0x0058f613u, 0x00360515u, 0x00dac00eu, 0x01057c0du, 0x00a54010u, 0x0034b806u, 0x00c22b0fu, 0x00590913u,
    0x0025bc03u, 0x0105890du, 0x0117e40cu, 0x0140320au, 0x00a55010u, 0x00591c13u, 0x0117f00cu, 0x00b7d403u,
    0x0105960du, 0x00c23a0fu, 0x00592f13u, 0x018c9a06u, 0x01551c09u, 0x00c2490fu, 0x0197e805u, 0x011bcb09u,
    0x0105a30du, 0x0197ed05u, 0x008bfd06u, 0x00c2580fu, 0x00a56010u, 0x006f4712u, 0x0170b207u, 0x012e090bu,
    0x0105b00du, 0x00a57010u, 0x0197f205u, 0x00891f11u, 0x0117fc0cu, 0x00c2670fu, 0x019c2a04u, 0x00bfcf04u,
    0x000e7a02u, 0x01552e09u, 0x01553709u, 0x0197f705u, 0x01554009u, 0x014e6005u, 0x00c2760fu, 0x006f5912u,
    0x00126d1bu, 0x00456a14u, 0x00dace0eu, 0x00a58010u, 0x01554909u, 0x01647d08u, 0x001e2304u, 0x00a59010u,
    0x01555209u, 0x001e2318u, 0x00457e14u, 0x006f6b12u, 0x002ac516u, 0x01403c0au, 0x0105bd0du, 0x0118080cu,
    0x0140460au, 0x01555b09u, 0x006f7d12u, 0x0105ca0du, 0x01556409u, 0x00b38c08u, 0x00c2850fu, 0x00a5a010u,
    0x00a5b010u, 0x012e140bu, 0x012e1f0bu, 0x01181405u, 0x0118140cu, 0x0118200cu, 0x0105d70du, 0x01648508u,
    0x00a5c010u, 0x019c2e04u, 0x01648d08u, 0x005d3808u, 0x0197fc05u, 0x00df5d05u, 0x00c2940fu, 0x01556d09u,
    0x0015881au, 0x01557609u, 0x01649508u, 0x007a0b03u, 0x01980105u, 0x01557f09u, 0x01558809u, 0x01980605u,
    0x01980b05u, 0x019c3204u, 0x012e2a0bu, 0x01981005u, 0x01559109u, 0x000f7f02u, 0x01981505u, 0x01559a09u,
    0x01981a05u, 0x01981f05u, 0x0155a309u, 0x0155ac09u, 0x0155b509u, 0x01649d08u, 0x0164a508u, 0x0155be09u,
    0x018ca006u, 0x018ca606u, 0x018cac06u, 0x0164ad08u, 0x0164b508u, 0x0164bd08u, 0x0164c508u, 0x00c2a30fu,
    0x0140500au, 0x00a5d010u, 0x00c2b20fu, 0x01405a0au, 0x005b9103u, 0x00278002u, 0x018cb206u, 0x01982405u,
    0x01982905u, 0x0140640au, 0x0155c709u, 0x00121b02u, 0x0105e40du, 0x00dadc0eu, 0x00c2c108u, 0x00c2c10fu,
    0x019d3403u, 0x00594213u, 0x0023fe17u, 0x00a5e010u, 0x0170b907u, 0x00daea0eu, 0x01982e05u, 0x00328305u,
    0x006f8f0bu, 0x006f8f12u, 0x00e80606u, 0x00c2d00fu, 0x018cb806u, 0x0155d009u, 0x01983305u, 0x0155d909u,
    0x012e350bu, 0x00b4a904u, 0x018cbe06u, 0x00e43508u, 0x00284603u, 0x012e400bu, 0x012e4b0bu, 0x01406e0au,
    0x0170c007u, 0x0140780au, 0x0105f10du, 0x0118380cu, 0x00182303u, 0x012e560bu, 0x00739804u, 0x019c3604u,
    0x0155e209u, 0x0170c707u, 0x00893011u, 0x0170ce07u, 0x0140820au, 0x0170d507u, 0x00894111u, 0x01408c0au,
    0x0118440cu, 0x01983805u, 0x00186e02u, 0x00131a02u, 0x0155eb09u, 0x01983d05u, 0x007a7705u, 0x006fa112u,
    0x00895211u, 0x0105fe0du, 0x01060b0du, 0x00c2ee0fu, 0x00c2fd0fu, 0x012e610bu, 0x00361a04u, 0x00361a0bu,
    0x00361a15u, 0x0118500cu, 0x0155f409u, 0x018cc406u, 0x018cca06u, 0x0140960au, 0x012e6c0bu, 0x018cd006u,
    0x0164cd08u, 0x00a5f010u, 0x0144d104u, 0x001d6202u, 0x018cd606u, 0x00125102u, 0x01984205u, 0x01938b03u,
    0x0132af09u, 0x01984705u, 0x018cdc06u, 0x0140a00au, 0x012e770bu, 0x012e820bu, 0x012e8d0bu, 0x019c3a04u,
    0x00daf80eu, 0x0140aa0au, 0x012e980bu, 0x01984c05u, 0x012ea30bu, 0x018ce206u, 0x018ce806u, 0x018cee06u,
    0x0155fd09u, 0x012eae0bu, 0x0170dc07u, 0x01185c0cu, 0x0140b40au, 0x0118680cu, 0x0140be0au, 0x0118740cu,
    0x01560609u, 0x0118800cu, 0x013ca004u, 0x01188c0cu, 0x012eb90bu, 0x0118980cu, 0x011f0e07u, 0x0106180du,
    0x00c30c0fu, 0x00896311u, 0x0008b704u, 0x0170e307u, 0x00a60010u, 0x0008b723u, 0x012ec40bu, 0x0140c80au,
    0x01560f09u, 0x01561809u, 0x01985105u, 0x01985605u, 0x01985b05u, 0x01986005u, 0x018cf406u, 0x00107202u,
    0x01562109u, 0x01986505u, 0x01562a09u, 0x014e6905u, 0x01563309u, 0x0164d508u, 0x01986a05u, 0x018cfa06u,
    0x018d0006u, 0x018d0606u, 0x006fb312u, 0x00595513u, 0x00c31b0fu, 0x00af9305u, 0x0110c60au, 0x0164dd08u,
    0x0164e508u, 0x0118a40cu, 0x0164ed08u, 0x01563c09u, 0x01564509u, 0x01564e09u, 0x018d0c06u, 0x00901b05u,
    0x00901b0eu, 0x012ecf0bu, 0x0170ea07u, 0x0170f107u, 0x001e3b18u, 0x0170f807u, 0x0170ff07u, 0x01710607u,
    0x00198219u, 0x0011411cu, 0x00107203u, 0x018d1206u, 0x018d1806u, 0x018d1e06u, 0x018d2406u, 0x018d2a06u,
    0x018d3006u, 0x018d3606u, 0x018d3c06u, 0x018d4206u, 0x018d4806u, 0x018d4e06u, 0x018d5406u, 0x00a61010u,
    0x018d5a06u, 0x0106250du, 0x00142004u, 0x00c32a0fu, 0x012eda0bu, 0x00db0604u, 0x01710d07u, 0x00db060eu,
    0x012ee50bu, 0x00db140eu, 0x01986f05u, 0x00ba830au, 0x0164f508u, 0x0140d20au, 0x012ef00bu, 0x012efb03u,
    0x0140dc0au, 0x012efb0bu, 0x0140e60au, 0x0118b00cu, 0x0008df02u, 0x018d6006u, 0x018d6606u, 0x01141a0au,
    0x012f060bu, 0x0103a008u, 0x002be202u, 0x01565709u, 0x01987405u, 0x01987905u, 0x00212203u, 0x00241517u,
    0x018d6c06u, 0x01711407u, 0x00897411u, 0x0106320du, 0x00a62010u, 0x0118bc0cu, 0x0140f00au, 0x01566009u,
    0x018d7206u, 0x01566909u, 0x01567209u, 0x0164fd08u, 0x0140fa0au, 0x01711b07u, 0x012f110bu, 0x01987e05u,
    0x018d7806u, 0x018d7e06u, 0x01063f0du, 0x00209002u, 0x0138d803u, 0x002e6002u, 0x018d8406u, 0x01064c0du,
    0x01650508u, 0x0030b312u, 0x01988305u, 0x0141040au, 0x019c3e04u, 0x004a4d02u, 0x01712207u, 0x01410e0au,
    0x01988805u, 0x018d8a06u, 0x01431006u, 0x01988d05u, 0x018d9006u, 0x0141180au, 0x0141220au, 0x01712907u,
    0x019c4204u, 0x018d9606u, 0x00c3390fu, 0x01065906u, 0x0106590du, 0x00286b05u, 0x00db220eu, 0x019c4604u,
    0x012f1c0bu, 0x00b93004u, 0x018d9c06u, 0x007bb005u, 0x018da206u, 0x0118c80cu, 0x0118d40cu, 0x01713007u,
    0x009b5405u, 0x01650d08u, 0x01651508u, 0x01651d08u, 0x01652508u, 0x01652d08u, 0x006fc512u, 0x001e5318u,
    0x00362f15u, 0x01567b09u, 0x00db300eu, 0x01568409u, 0x00c3480fu, 0x00db3e0eu, 0x012f270bu, 0x01653508u,
    0x0118e00cu, 0x012f320bu, 0x01162d07u, 0x0118ec0cu, 0x00459214u, 0x00898511u, 0x018da806u, 0x018dae06u,
    0x01653d08u, 0x0106730du, 0x00899611u, 0x01412c0au, 0x012f3d0bu, 0x0141360au, 0x0106800du, 0x012f480bu,
    0x01989205u, 0x018db406u, 0x0003dc02u, 0x01989705u, 0x01989c05u, 0x00573204u, 0x00db4c0eu, 0x00db5a0eu,
    0x00db680eu, 0x0118f80cu, 0x01068d0au, 0x01068d0du, 0x01654508u, 0x01713707u, 0x018dba06u, 0x0089a711u,
    0x018dc006u, 0x018dc606u, 0x018dcc06u, 0x018dd206u, 0x018dd806u, 0x01568d09u, 0x01569609u, 0x01713e07u,
    0x00c3570fu, 0x0028c403u, 0x018dde06u, 0x00db760eu, 0x01654d08u, 0x012f530bu, 0x018de406u, 0x006fd712u,
    0x00a64010u, 0x0089b811u, 0x00c3660fu, 0x0198a105u, 0x018dea05u, 0x018dea06u, 0x019c4a04u, 0x01569f09u,
    0x018df006u, 0x018df606u, 0x01655508u, 0x0119040cu, 0x00117e03u, 0x012f5e0bu, 0x0141400au, 0x012f690bu,
    0x00117e04u, 0x01714507u, 0x018dfc06u, 0x018e0206u, 0x018e0806u, 0x0119100cu, 0x013c4307u, 0x01655d08u,
    0x018e0e06u, 0x0052600au, 0x01656508u, 0x018e1406u, 0x01069a0du, 0x00c3750fu, 0x012f740bu, 0x001e6b18u,
    0x0012881bu, 0x00115d1cu, 0x006fe912u, 0x006ffb12u, 0x00db840eu, 0x0089c911u, 0x000f8504u, 0x0106a70au,
    0x0106a70du, 0x01656d08u, 0x00326006u, 0x01714c07u, 0x01414a0au, 0x01715307u, 0x0198a605u, 0x012f7f0bu,
    0x0122f905u, 0x01510305u, 0x012f8a0bu, 0x00199b19u, 0x00321a04u, 0x0156a809u, 0x0198ab05u, 0x01657508u,
    0x00db920eu, 0x01715a07u, 0x00364415u, 0x002adb16u, 0x0157fa03u, 0x0156b109u, 0x0156ba09u, 0x0141540au,
    0x01191c0cu, 0x0119280cu, 0x00596803u, 0x018e1a06u, 0x0119340cu, 0x00596813u, 0x012f950bu, 0x00b42303u,
    0x00597b13u, 0x00242c17u, 0x01657d08u, 0x01658508u, 0x00dba00eu, 0x01658d08u, 0x0156c309u, 0x0156cc09u,
    0x01617805u, 0x0198b005u, 0x0156d509u, 0x0198b505u, 0x0156de09u, 0x00066902u, 0x0156e709u, 0x0156f009u,
    0x0198ba05u, 0x00aa7b05u, 0x0156f909u, 0x01716107u, 0x010ebe06u, 0x00a65010u, 0x00dbae0eu, 0x00811b05u,
    0x01415e0au, 0x0198bf05u, 0x01659508u, 0x018e2006u, 0x00700d12u, 0x01570209u, 0x01716807u, 0x012fa00bu,
    0x01716f07u, 0x01597908u, 0x0141680au, 0x019c4e04u, 0x01659d08u, 0x01717607u, 0x00c3840fu, 0x0089da11u,
    0x01570b09u, 0x0165a508u, 0x00598e13u, 0x01571409u, 0x0141720au, 0x01571d09u, 0x01572609u, 0x000dd502u,
    0x0198c405u, 0x01572f09u, 0x01573809u, 0x0106b40du, 0x019c5204u, 0x0009d202u, 0x00ea3506u, 0x01574a09u,
    0x0032f606u, 0x0198c905u, 0x019c5604u, 0x00604203u, 0x01463607u, 0x01575309u, 0x0106c10du, 0x0198ce05u,
    0x00150b02u, 0x00150b03u, 0x01575c09u, 0x00701f12u, 0x0165ad08u, 0x00703112u, 0x0045a614u, 0x018e2606u,
    0x00dbbc0eu, 0x01417c0au, 0x012fab0bu, 0x019c5a04u, 0x014c9f04u, 0x000d181fu, 0x000d371fu, 0x0012a31bu,
    0x000d561fu, 0x000d751fu, 0x000fed1du, 0x00100a1du, 0x0015a21au, 0x0015bc1au, 0x0015d61au, 0x0012be1bu,
    0x0008da23u, 0x0015f01au, 0x00160a1au, 0x000ea51eu, 0x0016241au, 0x00163e1au, 0x0004a427u, 0x0004cb27u,
    0x0004f227u, 0x000a1322u, 0x000a3522u, 0x000a5722u, 0x000a7922u, 0x000a9b22u, 0x00051927u, 0x0008fd23u,
    0x00067725u, 0x00069c25u, 0x000abd22u, 0x000adf22u, 0x0012d91bu, 0x0012f41bu, 0x00130f1bu, 0x000b0122u,
    0x00a66010u, 0x000d941fu, 0x00132a1bu, 0x0010271du, 0x000ec31eu, 0x00040029u, 0x00042929u, 0x0006c125u,
    0x00045229u, 0x00047b29u, 0x00054027u, 0x00056727u, 0x00073024u, 0x00075424u, 0x00077824u, 0x00079c24u,
    0x0007c024u, 0x0007e424u, 0x0010441du, 0x0016581au, 0x0016721au, 0x0059a113u, 0x0059b413u, 0x0059c713u,
    0x00dbca0eu, 0x00168c1au, 0x00030a02u, 0x000ee11eu, 0x0198d305u, 0x018e3206u, 0x0198d805u, 0x01576509u,
    0x01576e09u, 0x01453309u, 0x0097ab05u, 0x0165b508u, 0x00dbd80eu, 0x01577709u, 0x00c3930fu, 0x003be904u,
    0x003be906u, 0x012fb60bu, 0x005ffc07u, 0x0119400cu, 0x0089eb11u, 0x002af116u, 0x00704312u, 0x00dbe60eu,
    0x00705512u, 0x0106ce0du, 0x0089fc11u, 0x00122d0au, 0x00706712u, 0x008a0d11u, 0x008a1e11u, 0x008a2f11u,
    0x00dbf40eu, 0x00c3a20fu, 0x00a67010u, 0x00dc020eu, 0x00a68010u, 0x00dc100eu, 0x002b0716u, 0x00a69010u,
    0x00707912u, 0x00c3b10fu, 0x0045ba14u, 0x00dc1e0eu, 0x00a6a010u, 0x00365906u, 0x00c3c00fu, 0x008a4011u,
    0x00365915u, 0x00c3cf0fu, 0x00dc2c0eu, 0x012fc10bu, 0x0165bd08u, 0x009e2404u, 0x009e240cu, 0x0141860au,
    0x0198dd05u, 0x0141900au, 0x0165c508u, 0x012fcc0bu, 0x0059da13u, 0x00c3de0fu, 0x00366e15u, 0x01194c0cu,
    0x0165cd08u, 0x0165d508u, 0x01717d07u, 0x0045ce14u, 0x002b1d16u, 0x00dc3a0eu, 0x012fd70bu, 0x001e8318u,
    0x008a5111u, 0x000db31fu, 0x0106db0du, 0x00c3ed0fu, 0x01419a0au, 0x00c3fc0fu, 0x01578009u, 0x00c40b07u,
    0x00c40b0fu, 0x0059ed13u, 0x0106e80du, 0x00a6b010u, 0x00c41a0fu, 0x008a6211u, 0x00c4290fu, 0x018e3806u,
    0x0165dd08u, 0x005a0013u, 0x00a6c010u, 0x00dc480eu, 0x0106f50du, 0x0107020du, 0x00a6d010u, 0x00dc560eu,
    0x012fe20bu, 0x0141a40au, 0x003c0d03u, 0x018e3e06u, 0x012fed0bu, 0x012ff80bu, 0x019c5e04u, 0x00708b12u,
    0x0119580cu, 0x00368315u, 0x001dad03u, 0x005a1313u, 0x008a7311u, 0x00709d12u, 0x005a2613u, 0x0141ae0au,
    0x0070af12u, 0x0016a61au, 0x00a6e010u, 0x0130030bu, 0x0165e508u, 0x01300e0bu, 0x008a8411u, 0x00113204u,
    0x0045e214u, 0x01578909u, 0x019c6204u, 0x00455b0fu, 0x008a9511u, 0x01070f0du, 0x0011da02u, 0x0198e205u,
    0x00e85203u, 0x019d3703u, 0x000dd802u, 0x0198e705u, 0x01579209u, 0x0198ec05u, 0x0198f105u, 0x01579b09u,
    0x0198f605u, 0x0198fb05u, 0x01990005u, 0x014e7205u, 0x000dd803u, 0x005a3913u, 0x019d3a03u, 0x018e4406u,
    0x018e4a06u, 0x018e5006u, 0x018e5606u, 0x018e5c06u, 0x018e6206u, 0x018e6806u, 0x018e6e06u, 0x018e7406u,
    0x018e7a06u, 0x018e8006u, 0x018e8606u, 0x018e9206u, 0x018e9806u, 0x0141b80au, 0x005a4c13u, 0x01718407u,
    0x0070c112u, 0x00dc640eu, 0x0070d312u, 0x0119640cu, 0x0070e506u, 0x01071c0du, 0x0157a409u, 0x0157ad09u,
    0x0157b609u, 0x0119700cu, 0x0070e512u, 0x00d61106u, 0x008aa611u, 0x00dc720eu, 0x01718b07u, 0x00dc800eu,
    0x018e9e06u, 0x0019b407u, 0x002b3316u, 0x0021f60eu, 0x001e9b18u, 0x0019b419u, 0x0045f614u, 0x00369815u,
    0x0036ad15u, 0x002a5e0fu, 0x0019cd19u, 0x00dc8e0eu, 0x00a74c04u, 0x00c4380fu, 0x008ab711u, 0x01197c0cu,
    0x0130190bu, 0x00066c02u, 0x01990505u, 0x01511505u, 0x0141c20au, 0x0130240bu, 0x00000a02u, 0x0157bf09u,
    0x0157c809u, 0x0157d109u, 0x011b2606u, 0x00dc9c0eu, 0x00c37706u, 0x019c6604u, 0x0107290du, 0x018ea406u,
    0x0157da09u, 0x0157e309u, 0x00135606u, 0x00436408u, 0x005a5f13u, 0x019c6a04u, 0x018eaa06u, 0x0141cc0au,
    0x008ac811u, 0x00dcaa0eu, 0x00a6f010u, 0x008ad911u, 0x00dcb80eu, 0x0165ed08u, 0x005a7213u, 0x0119880cu,
    0x0070f712u, 0x005a8513u, 0x014b7d06u, 0x0165f508u, 0x00dd3a06u, 0x0141d60au, 0x0141e00au, 0x01302f0bu,
    0x0141ea0au, 0x0141f40au, 0x0165fd08u, 0x0141fe0au, 0x0119940cu, 0x00710912u, 0x00c4470fu, 0x0119a00cu,
    0x008aea11u, 0x00a70010u, 0x00a71010u, 0x0157ec09u, 0x01990a05u, 0x00c4560fu, 0x00dcc60eu, 0x01660508u,
    0x008afb11u, 0x002b4916u, 0x0119ac0cu, 0x0119b80cu, 0x0119c40cu, 0x0107360du, 0x0107430du, 0x002b5f16u,
    0x008b0c11u, 0x0119d00cu, 0x0119dc0cu, 0x0119e80cu, 0x0107500du, 0x01075d0du, 0x008b1d11u, 0x01076a0du,
    0x00c4650fu, 0x0119f40cu, 0x00711b12u, 0x011a000cu, 0x011a0c0cu, 0x0107770du, 0x00dcd40eu, 0x01303a0bu,
    0x00a73010u, 0x00a74010u, 0x00dce20eu, 0x0130450bu, 0x006b6108u, 0x0107840du, 0x008b2e11u, 0x0107910du,
    0x005a9813u, 0x008b3f11u, 0x00c4740fu, 0x00c4830fu, 0x01079e0du, 0x0125a705u, 0x019cbc03u, 0x0110ba03u,
    0x018eb006u, 0x018eb606u, 0x019c6e04u, 0x01618005u, 0x00e80b03u, 0x0019e602u, 0x0019e619u, 0x000fd402u,
    0x01990f05u, 0x0130500bu, 0x00460a14u, 0x0157f509u, 0x008b5011u, 0x01991405u, 0x019c7204u, 0x011a1805u,
    0x011a180cu, 0x008b6111u, 0x001c2f04u, 0x008b7211u, 0x00712d12u, 0x00461e14u, 0x002f4c14u, 0x00713f12u,
    0x00a75010u, 0x00244317u, 0x00463214u, 0x00c4920fu, 0x00dcf00eu, 0x011a240cu, 0x00453a08u, 0x00715112u,
    0x00464614u, 0x008b8311u, 0x005aab13u, 0x008b9411u, 0x005abe13u, 0x008ba511u, 0x00a76010u, 0x00465a14u,
    0x01719207u, 0x011a300cu, 0x0036c215u, 0x005ad113u, 0x0036d715u, 0x00716312u, 0x0021b50au, 0x00717512u,
    0x00340f13u, 0x005ae413u, 0x005af713u, 0x00466e14u, 0x00718712u, 0x00468214u, 0x008bb611u, 0x00719912u,
    0x0036ec15u, 0x00370115u, 0x0071ab12u, 0x001eb318u, 0x005b0a13u, 0x00371615u, 0x00372b15u, 0x0071bd12u,
    0x002b7516u, 0x00a77010u, 0x008bc711u, 0x00c4a10fu, 0x0071cf12u, 0x00374015u, 0x00dcfe0eu, 0x008bd811u,
    0x0071e112u, 0x008be911u, 0x001ecb18u, 0x0071f312u, 0x001ee318u, 0x00720512u, 0x00c4b00fu, 0x00469614u,
    0x0046aa14u, 0x001efb18u, 0x00721712u, 0x00722912u, 0x008bfa11u, 0x00375515u, 0x002b8b16u, 0x001c6211u,
    0x00a78010u, 0x00376a15u, 0x005b1d13u, 0x005b3013u, 0x00377f15u, 0x00379415u, 0x00c4bf0fu, 0x005b4313u,
    0x008c0b11u, 0x0046be14u, 0x002ba116u, 0x00dd0c0eu, 0x00c4ce0fu, 0x00a79010u, 0x00dd1a0eu, 0x0046d214u,
    0x0027760bu, 0x0046e614u, 0x0046fa14u, 0x01991905u, 0x008c1c11u, 0x00723b12u, 0x00c4dd0fu, 0x00573604u,
    0x00c4ec0fu, 0x01719907u, 0x0171a007u, 0x007c7a07u, 0x0171a707u, 0x0171ae07u, 0x011a3c0cu, 0x00dd280eu,
    0x01660d08u, 0x00dd360eu, 0x00dd440eu, 0x018ebc06u, 0x00724d04u, 0x0157fe09u, 0x00724d12u, 0x00dd520eu,
    0x00725f12u, 0x01661508u, 0x005b5613u, 0x018ec206u, 0x0004aa02u, 0x01580709u, 0x0122d805u, 0x00dd600eu,
    0x018ec806u, 0x0142080au, 0x01581009u, 0x0142120au, 0x01661d08u, 0x01581909u, 0x01305b0bu, 0x01582209u,
    0x01306604u, 0x0130660bu, 0x00dd6e0eu, 0x008c2d0eu, 0x008c2d11u, 0x0107ab0du, 0x0107b80du, 0x003b5b04u,
    0x00dfe70bu, 0x0171b507u, 0x0130710bu, 0x01582b09u, 0x0004aa04u, 0x005b6913u, 0x00c4fb0fu, 0x011a480cu,
    0x008c3e11u, 0x00205202u, 0x018ece06u, 0x001fc202u, 0x01991e05u, 0x01583409u, 0x01583d09u, 0x01307c0bu,
    0x01662508u, 0x01421c0au, 0x00a7a010u, 0x00934c03u, 0x0142260au, 0x018ed406u, 0x01662d08u, 0x0142300au,
    0x00d22e04u, 0x0130870bu, 0x01663508u, 0x0130920bu, 0x0112a808u, 0x01423a0au, 0x0142440au, 0x01584609u,
    0x011a540cu, 0x00baa403u, 0x00dd7c0eu, 0x00dd8a0eu, 0x01992305u, 0x00134602u, 0x01663d08u, 0x01424e0au,
    0x018eda06u, 0x018ee006u, 0x018ee606u, 0x01992805u, 0x01584f09u, 0x018eec06u, 0x00245a02u, 0x01992d05u,
    0x0107c50du, 0x00245a05u, 0x00245a17u, 0x01993205u, 0x01664508u, 0x011a600cu, 0x00198e02u, 0x01993705u,
    0x01585809u, 0x01664d08u, 0x019c7604u, 0x0107d20du, 0x01586109u, 0x00198e0du, 0x0000af02u, 0x01586a09u,
    0x00e5f205u, 0x005b7c13u, 0x018ef206u, 0x018ef806u, 0x011a6c0cu, 0x018efe06u, 0x01665508u, 0x00676c06u,
    0x001c950eu, 0x00727112u, 0x00a7b010u, 0x01665d08u, 0x0107df08u, 0x0107df0du, 0x0142580au, 0x01666508u,
    0x019c7a04u, 0x00c50a0fu, 0x00c5190fu, 0x0142620au, 0x0171bc07u, 0x01993c05u, 0x00dd980eu, 0x01587309u,
    0x0011bf09u, 0x008c4f11u, 0x01666d08u, 0x00dda60eu, 0x01426c0au, 0x011a7804u, 0x011a780cu, 0x011a840cu,
    0x019c7e04u, 0x00a7c010u, 0x01667508u, 0x0107ec0du, 0x01309d0bu, 0x0130a80bu, 0x00c5280fu, 0x0142760au,
    0x0130b30bu, 0x0130be0bu, 0x0130c90bu, 0x01667d08u, 0x018f0406u, 0x0107f90du, 0x011a900cu, 0x0037a915u,
    0x011a9c0cu, 0x00470e14u, 0x00a7d010u, 0x00c5370fu, 0x012f6e03u, 0x01587c09u, 0x01994105u, 0x01588509u,
    0x0020dc03u, 0x0020dc05u, 0x008c6011u, 0x011aa80cu, 0x0130d40bu, 0x018f0a06u, 0x018f1006u, 0x01668508u,
    0x01668d08u, 0x01588e09u, 0x001f1318u, 0x0108060du, 0x00a9c405u, 0x01669508u, 0x00b10404u, 0x0142800au,
    0x011ab40cu, 0x0108130du, 0x01428a0au, 0x0142940au, 0x0130df0bu, 0x00129202u, 0x01589709u, 0x01994605u,
    0x0158a009u, 0x019d3d03u, 0x018f1606u, 0x00000902u, 0x01994b05u, 0x0013451bu, 0x00002002u, 0x00e8ca05u,
    0x01669d08u, 0x0037be15u, 0x01995005u, 0x011ac00cu, 0x00a7e010u, 0x008c7111u, 0x00c5460fu, 0x00c5550fu,
    0x0158a909u, 0x0171c307u, 0x00811f04u, 0x00c5640fu, 0x0130ea0bu, 0x00a7f010u, 0x00a80010u, 0x0171ca07u,
    0x002c5b0cu, 0x0158b209u, 0x0158bb09u, 0x002bb716u, 0x011acc0cu, 0x008c8211u, 0x008c440bu, 0x000cd920u,
    0x00ddb40eu, 0x011ad80cu, 0x01429e0au, 0x0017de03u, 0x0166a508u, 0x011ae40cu, 0x008c9311u, 0x0142a80au,
    0x011af00cu, 0x0158c409u, 0x01082d0du, 0x0130f50bu, 0x00729512u, 0x00a81009u, 0x00a81010u, 0x0158cd09u,
    0x00ddc20eu, 0x00247107u, 0x00247117u, 0x0166ad08u, 0x0142b20au, 0x00b53f05u, 0x0166b508u, 0x0166bd08u,
    0x0166c508u, 0x0166cd08u, 0x0166d508u, 0x0166dd08u, 0x00c5730fu, 0x011b080cu, 0x0142bc0au, 0x005b8f13u,
    0x00d53109u, 0x0142c60au, 0x00a82006u, 0x01083a0du, 0x00a82010u, 0x0131000bu, 0x0166e508u, 0x011b140cu,
    0x018f1c06u, 0x01995505u, 0x00a83010u, 0x00c5820fu, 0x00c5910fu, 0x00a84010u, 0x01517805u, 0x00115202u,
    0x0142d00au, 0x018f2206u, 0x01995a05u, 0x00ddd00eu, 0x00392c0cu, 0x008ca411u, 0x008cb511u, 0x00a85010u,
    0x0108470du, 0x00ddde0eu, 0x0037d315u, 0x00c5a00fu, 0x0171d807u, 0x0158df09u, 0x0171df07u, 0x00c5af0fu,
    0x00c5be0fu, 0x00c5cd0fu, 0x0072a712u, 0x0171e607u, 0x001d0714u, 0x00bb9407u, 0x0142da0au, 0x01310b0bu,
    0x0131160bu, 0x0131210bu, 0x011b200cu, 0x011b2c0cu, 0x0166ed08u, 0x018f2806u, 0x00e52007u, 0x019c8204u,
    0x005ba213u, 0x0171ed07u, 0x01312c0bu, 0x0108540du, 0x00c5dc0fu, 0x0072b912u, 0x005b0f0eu, 0x0142e40au,
    0x00a86010u, 0x00a87010u, 0x0108610du, 0x018f2e06u, 0x0098d602u, 0x01995f05u, 0x00d4950bu, 0x0166f508u,
    0x0142ee0au, 0x00c5eb0fu, 0x011b380cu, 0x018f3406u, 0x01086e0du, 0x00c5fa0fu, 0x0131370bu, 0x0142f80au,
    0x01087b0du, 0x00ddfa0eu, 0x01996405u, 0x00e1db02u, 0x01996905u, 0x00248802u, 0x01088806u, 0x0108880du,
    0x011b440cu, 0x0131420bu, 0x0143020au, 0x00248817u, 0x00de080eu, 0x01314d0bu, 0x0054c707u, 0x0158e809u,
    0x0013e102u, 0x0131580bu, 0x0131630bu, 0x0171f407u, 0x0158f109u, 0x01207104u, 0x01221e04u, 0x011b500cu,
    0x001ad605u, 0x018f3a06u, 0x0030d103u, 0x0037e815u, 0x00a88010u, 0x005bb513u, 0x00473614u, 0x0072cb12u,
    0x00a89010u, 0x01316e0bu, 0x008cc611u, 0x00a8a010u, 0x008cd711u, 0x008ce811u, 0x00c6090fu, 0x0108950du,
    0x008cf911u, 0x008d0a11u, 0x011b5c0cu, 0x008d1b11u, 0x018f4006u, 0x00c6180fu, 0x00c6270fu, 0x00c6360fu,
    0x00474a14u, 0x00de160eu, 0x00c6450fu, 0x00de240eu, 0x00c6540fu, 0x0108a20du, 0x00a8b010u, 0x005bc813u,
    0x008d2c11u, 0x008d3d11u, 0x00475e14u, 0x00477214u, 0x00478614u, 0x008d4e11u, 0x005bdb13u, 0x00479a14u,
    0x0072dd12u, 0x0047ae14u, 0x0037fd15u, 0x008d5f11u, 0x005bee13u, 0x008d7011u, 0x008d8111u, 0x0072ef12u,
    0x00730112u, 0x008d9211u, 0x00a8c010u, 0x00731312u, 0x00732512u, 0x00a8d010u, 0x008da311u, 0x00733712u,
    0x0047c214u, 0x00381215u, 0x00de320eu, 0x005c0113u, 0x0131790bu, 0x0047d614u, 0x00c6630fu, 0x0047ea14u,
    0x00c6720fu, 0x0108af0du, 0x011b680cu, 0x00082304u, 0x00a4b30du, 0x00382715u, 0x0108bc0du, 0x008db411u,
    0x008dc511u, 0x002bcd16u, 0x008dd611u, 0x00de400eu, 0x0171fb07u, 0x006b360fu, 0x00734912u, 0x00383c15u,
    0x0131840bu, 0x01318f0bu, 0x008de711u, 0x018f4606u, 0x011b740cu, 0x008df811u, 0x0143160au, 0x018f4c06u,
    0x0166fd08u, 0x0108c90du, 0x0108d60du, 0x00385115u, 0x018f5206u, 0x0143200au, 0x01432a0au, 0x01319a0bu,
    0x0143340au, 0x01996e05u, 0x0047fe14u, 0x005c1413u, 0x008e0911u, 0x00735b12u, 0x00a8e010u, 0x008e1a11u,
    0x018f5806u, 0x00736d12u, 0x01720203u, 0x01720204u, 0x01720207u, 0x00143502u, 0x017c6f05u, 0x0192b503u,
    0x01433e0au, 0x01720907u, 0x0064c202u, 0x019d4003u, 0x00910105u, 0x01997305u, 0x00a8f010u, 0x00d20a04u,
    0x018f5e06u, 0x0158fa09u, 0x018f6406u, 0x008e2b04u, 0x0131a50bu, 0x008e2b0au, 0x008e2b11u, 0x0108e30du,
    0x0003e403u, 0x018f6a06u, 0x00de4e0eu, 0x0131b00bu, 0x0143480au, 0x001f2b18u, 0x008e3c11u, 0x01721007u,
    0x011b800cu, 0x00c6810fu, 0x00de5c0eu, 0x011b8c0cu, 0x008e4d11u, 0x00737f12u, 0x00c6900fu, 0x018f7006u,
    0x0108f00du, 0x018f7606u, 0x01590309u, 0x01590c09u, 0x01670508u, 0x0131c60bu, 0x00386615u, 0x0108fd0du,
    0x01721707u, 0x01721e07u, 0x019c8604u, 0x011b980cu, 0x00de6a0eu, 0x000fa702u, 0x00106902u, 0x01670d08u,
    0x00001c02u, 0x007a9b03u, 0x018f7c06u, 0x00de7807u, 0x00de780eu, 0x01722507u, 0x0143520au, 0x01090a0du,
    0x01671508u, 0x008e5e11u, 0x011ba40cu, 0x019c8a04u, 0x01435c07u, 0x01435c0au, 0x018f8206u, 0x01722c07u,
    0x00bc530bu, 0x01723307u, 0x00739112u, 0x0131d10bu, 0x01723a07u, 0x019c8e04u, 0x01997805u, 0x00118905u,
    0x001a3602u, 0x01997d05u, 0x011bb00cu, 0x018f8806u, 0x01671d08u, 0x019d4303u, 0x001d0202u, 0x018f8e06u,
    0x01672508u, 0x00142602u, 0x011bbc0cu, 0x0014d102u, 0x01998205u, 0x01998705u, 0x01998c05u, 0x01999105u,
    0x01999605u, 0x01999b05u, 0x0199a005u, 0x01619005u, 0x0173ed05u, 0x0199a505u, 0x0199aa05u, 0x0199af05u,
    0x0199b405u, 0x018f9406u, 0x00193602u, 0x0199b905u, 0x011bc80cu, 0x014e7b05u, 0x00124302u, 0x01591509u,
    0x0199be05u, 0x010c9f05u, 0x01591e09u, 0x0199c305u, 0x0131dc0bu, 0x0109170du, 0x005c2713u, 0x0073a312u,
    0x0023530au, 0x0073b512u, 0x008e6f11u, 0x00c69f0fu, 0x006fc005u, 0x0109240du, 0x00de860eu, 0x005c3a13u,
    0x00c6ae0fu, 0x005c4d13u, 0x011bd40cu, 0x0109310du, 0x00a90010u, 0x008e8011u, 0x008e9111u, 0x00c6bd0fu,
    0x00de940eu, 0x00a91010u, 0x00481214u, 0x00482614u, 0x011be00cu, 0x005c6013u, 0x0158ce08u, 0x008ea211u,
    0x00387b15u, 0x0018c70cu, 0x002be316u, 0x00389015u, 0x001c5305u, 0x001c5308u, 0x01672d08u, 0x0038a515u,
    0x0073c712u, 0x00dea20eu, 0x00deb00eu, 0x0038ba15u, 0x00debe0eu, 0x00a92010u, 0x008eb311u, 0x00a93010u,
    0x008ec411u, 0x008ed511u, 0x00a94010u, 0x0038cf15u, 0x00c6cc0fu, 0x0131e70bu, 0x01093e0du, 0x008ee611u,
    0x0131f20bu, 0x01094b0du, 0x0199c805u, 0x0109580du, 0x00b5e503u, 0x00c6db0fu, 0x008ef711u, 0x0199cd05u,
    0x008f0811u, 0x01592709u, 0x0109650du, 0x0045840eu, 0x0143660au, 0x018f9a06u, 0x006e1a0du, 0x00483a14u,
    0x0143700au, 0x01724107u, 0x00a95010u, 0x011bec0cu, 0x0199d205u, 0x002b130au, 0x0073d912u, 0x011bf80cu,
    0x01437a0au, 0x0143840au, 0x01438e0au, 0x0199d705u, 0x00a96010u, 0x00484e04u, 0x0131fd0bu, 0x00484e14u,
    0x00a97010u, 0x0073eb12u, 0x00350009u, 0x00a98010u, 0x00dac10du, 0x00a99010u, 0x0073fd12u, 0x008f1911u,
    0x008f2a11u, 0x00c6ea0fu, 0x00c6f90fu, 0x00a9a010u, 0x008f3b11u, 0x005c7306u, 0x00c7080fu, 0x005c7313u,
    0x00486214u, 0x00740f12u, 0x005c8613u, 0x019c9204u, 0x00742112u, 0x01593009u, 0x0199dc05u, 0x00011602u,
    0x01593909u, 0x0199e105u, 0x01619805u, 0x018fa006u, 0x01320805u, 0x0132080bu, 0x011c0407u, 0x011c040cu,
    0x00a9b010u, 0x008f4c11u, 0x011c100cu, 0x01673508u, 0x01673d08u, 0x01594209u, 0x001f4318u, 0x001f5b18u,
    0x002bf916u, 0x002c0f16u, 0x01594b09u, 0x00decc0eu, 0x00c7170fu, 0x00a9c010u, 0x0109720du, 0x0143980au,
    0x00743306u, 0x01595409u, 0x01595d09u, 0x01596609u, 0x01097f0du, 0x00743309u, 0x00743312u, 0x018fa606u,
    0x0132340bu, 0x00487614u, 0x005c9913u, 0x0038e415u, 0x00488a14u, 0x005cac13u, 0x00744512u, 0x002c2516u,
    0x0038f915u, 0x005cbf13u, 0x00745712u, 0x00390e15u, 0x00489e14u, 0x002c3b16u, 0x00392315u, 0x01323f0bu,
    0x00746912u, 0x008f5d11u, 0x00393815u, 0x0048b214u, 0x00747b12u, 0x008f6e11u, 0x0048c614u, 0x005cd213u,
    0x00394d15u, 0x0048da14u, 0x005ce513u, 0x00748d12u, 0x0048ee14u, 0x005cf813u, 0x01596f09u, 0x0143a20au,
    0x0143ac0au, 0x0132550bu, 0x0132600bu, 0x0143b60au, 0x00deda0eu, 0x01597809u, 0x01598109u, 0x011c1c0cu,
    0x00dee805u, 0x011c280cu, 0x00dee80eu, 0x019d4603u, 0x00a9d010u, 0x008f7f11u, 0x01598a09u, 0x0199e605u,
    0x018fac06u, 0x00def60eu, 0x018fb206u, 0x0143c00au, 0x00749f12u, 0x005d0b13u, 0x00490214u, 0x00491614u,
    0x00a9e010u, 0x008f9011u, 0x008fa111u, 0x00396215u, 0x0074b112u, 0x0074c312u, 0x0074d512u, 0x00c7260fu,
    0x008fb211u, 0x008fc311u, 0x0031f20eu, 0x008fd411u, 0x0074e712u, 0x00a9f010u, 0x00249f17u, 0x005d1e13u,
    0x00492a14u, 0x008fe511u, 0x008ff611u, 0x00493e14u, 0x0074f912u, 0x00750b12u, 0x001ab702u, 0x0199eb05u,
    0x00c8c204u, 0x0181e603u, 0x01724807u, 0x005d3113u, 0x0199f005u, 0x01674d08u, 0x018fb806u, 0x018fbe06u,
    0x01675508u, 0x01675d08u, 0x011c340cu, 0x0143ca0au, 0x0199f505u, 0x01724f07u, 0x01098c0du, 0x002dfb02u,
    0x0199fa05u, 0x0199ff05u, 0x019a0405u, 0x019a0905u, 0x019a0e05u, 0x019a1305u, 0x019a1805u, 0x019a1d05u,
    0x019a2205u, 0x019a2705u, 0x019a2c05u, 0x00df040eu, 0x019a8f03u, 0x0024e302u, 0x019a3105u, 0x01599309u,
    0x0143d40au, 0x0143de0au, 0x014e8405u, 0x01676508u, 0x01676d08u, 0x01599c09u, 0x0109990du, 0x01326b0bu,
    0x0159a509u, 0x0159ae09u, 0x0064c802u, 0x019c9604u, 0x00900711u, 0x019c9a04u, 0x00751d12u, 0x011c400cu,
    0x00040402u, 0x019a3605u, 0x019a3b05u, 0x00aa0010u, 0x0143e80au, 0x01381103u, 0x005d4413u, 0x00c7350fu,
    0x00495214u, 0x00752f12u, 0x01314805u, 0x0117e50bu, 0x018fc406u, 0x01677508u, 0x011c580cu, 0x00df120eu,
    0x0109a60du, 0x00397715u, 0x0143f20au, 0x0024a302u, 0x0159b709u, 0x0132760bu, 0x0031b50cu, 0x011c640cu,
    0x011c700cu, 0x00aa1010u, 0x00754112u, 0x00141102u, 0x018fca06u, 0x0159c009u, 0x019a4005u, 0x019a4505u,
    0x018fd006u, 0x011c7c0cu, 0x00901811u, 0x00aa2010u, 0x0132810bu, 0x00c7440fu, 0x00aa3010u, 0x0109b30du,
    0x0109c00du, 0x0143fc0au, 0x01677d08u, 0x01678508u, 0x01403309u, 0x00df200eu, 0x018fd606u, 0x0159c909u,
    0x00df2e0eu, 0x01328c0bu, 0x00902911u, 0x01678d08u, 0x00c7530fu, 0x01679508u, 0x0132970bu, 0x018fdc06u,
    0x0144060au, 0x01725607u, 0x01725d07u, 0x00903a0au, 0x00903a11u, 0x0144100au, 0x00aa4010u, 0x0031f403u,
    0x00904b11u, 0x00905c11u, 0x002d3503u, 0x00231e11u, 0x00df3c0eu, 0x019a4a05u, 0x00496614u, 0x01726407u,
    0x0132a20bu, 0x01679d08u, 0x0132ad0bu, 0x01585103u, 0x005d5713u, 0x00906d11u, 0x00755312u, 0x00aa5010u,
    0x00aa6010u, 0x00aa7010u, 0x00c7620fu, 0x00c7710fu, 0x0167a508u, 0x018fe206u, 0x0167ad08u, 0x0132b80bu,
    0x00aa8010u, 0x0050bc10u, 0x00033702u, 0x00907e11u, 0x00908f11u, 0x0090a011u, 0x0090b111u, 0x00033717u,
    0x000eff1eu, 0x000f1d1eu, 0x000b2322u, 0x000f3b1eu, 0x000f591eu, 0x019a4f05u, 0x018fe806u, 0x0159d209u,
    0x0159db09u, 0x019a5405u, 0x019a5905u, 0x019a5e05u, 0x018fee06u, 0x00df4a0eu, 0x00aa9010u, 0x01441a0au,
    0x0132c30bu, 0x0090c211u, 0x0109cd0du, 0x002c5116u, 0x00aaa010u, 0x0024b617u, 0x00756512u, 0x00df580eu,
    0x0109da0du, 0x00df660eu, 0x000dd21fu, 0x00c7800fu, 0x0090d311u, 0x00aac010u, 0x00df740eu, 0x002c6716u,
    0x0090e411u, 0x0167b508u, 0x00c78f0fu, 0x0109e70du, 0x014e8d05u, 0x0132ce0bu, 0x00398c15u, 0x0159e409u,
    0x00c79e0fu, 0x004f8d0fu, 0x0159ed09u, 0x0039a115u, 0x0144240au, 0x0132d90bu, 0x010a8709u, 0x00aad010u,
    0x018ff406u, 0x00122702u, 0x0154e006u, 0x00200a02u, 0x019a6305u, 0x0132e40bu, 0x01442e0au, 0x0132ef0bu,
    0x019c9e04u, 0x010ed404u, 0x000ccc02u, 0x013ea705u, 0x00bba505u, 0x014e9605u, 0x0144380au, 0x0159f609u,
    0x0167bd08u, 0x01727207u, 0x0167c508u, 0x0159ff09u, 0x0144420au, 0x00df820eu, 0x0109f40du, 0x010a010du,
    0x011c880cu, 0x00aae010u, 0x00aaf010u, 0x00df900eu, 0x00ab0010u, 0x00c7ad0fu, 0x0167cd08u, 0x010a0e0du,
    0x00c7bc0fu, 0x00df9e0eu, 0x00c7cb0fu, 0x0090f511u, 0x00dfac0eu, 0x00c7da0fu, 0x0020fa0du, 0x0114a904u,
    0x0109c607u, 0x0167d508u, 0x010a1b0du, 0x0132fa0bu, 0x018ffa06u, 0x0133050bu, 0x010a280du, 0x0167dd08u,
    0x015a0809u, 0x01444c0au, 0x0167e508u, 0x00172305u, 0x007bc802u, 0x019a6805u, 0x01900006u, 0x0010f402u,
    0x019a6d05u, 0x0167ed08u, 0x01727907u, 0x011c940cu, 0x019a7205u, 0x015a1109u, 0x01900606u, 0x015a1a09u,
    0x0144560au, 0x015a2309u, 0x0133100bu, 0x0167f508u, 0x01331b0bu, 0x0144600au, 0x01446a0au, 0x0133260bu,
    0x015a2c09u, 0x0167fd08u, 0x015a3509u, 0x015a3e09u, 0x00910611u, 0x01680508u, 0x011ca00cu, 0x015a4709u,
    0x015a5009u, 0x0144740au, 0x00ab1010u, 0x00c7e90fu, 0x011cac0cu, 0x00af3303u, 0x01900c06u, 0x00dfba0eu,
    0x00dfc80eu, 0x011cb80cu, 0x0161a805u, 0x00092023u, 0x000b4522u, 0x00058e27u, 0x0005b527u, 0x0005dc27u,
    0x00094323u, 0x00060327u, 0x00062a27u, 0x0006e625u, 0x00070b25u, 0x00096623u, 0x00098923u, 0x000b6722u,
    0x000b8922u, 0x000bab22u, 0x0009ac23u, 0x000bcd22u, 0x000bef22u, 0x000c1122u, 0x000c3322u, 0x000c5522u,
    0x004a3502u, 0x01901206u, 0x00000302u, 0x019a7705u, 0x014e9f05u, 0x01901806u, 0x00ab2010u, 0x00c7f80fu,
    0x01901e06u, 0x01447e0au, 0x0144880au, 0x0144920au, 0x01680d05u, 0x01680d08u, 0x00c08903u, 0x01080d06u,
    0x010a3506u, 0x010a350du, 0x01681508u, 0x00dfd60eu, 0x01902406u, 0x002c6b03u, 0x010a420du, 0x01449c0au,
    0x011cc40cu, 0x00758903u, 0x00758912u, 0x00dfe40eu, 0x00c80706u, 0x00c8070fu, 0x00c8160fu, 0x00dff20eu,
    0x00ab3010u, 0x00e0000eu, 0x00e00e0eu, 0x019ca204u, 0x0037b106u, 0x0144a60au, 0x019ca604u, 0x015a5909u,
    0x019caa04u, 0x01902a06u, 0x0091170au, 0x00911711u, 0x00e01c0eu, 0x00e02a0eu, 0x0133310bu, 0x01333c0bu,
    0x01728007u, 0x00912811u, 0x005eb202u, 0x019a7c05u, 0x015a6209u, 0x019a8105u, 0x01681d08u, 0x00759b12u,
    0x0144b00au, 0x0144ba0au, 0x019a8605u, 0x01682508u, 0x00c8250fu, 0x01728707u, 0x00e0380eu, 0x019cae04u,
    0x01903006u, 0x019cb204u, 0x01903606u, 0x01903c06u, 0x0144c40au, 0x0144ce0au, 0x0017690cu, 0x011cd00cu,
    0x019a8b05u, 0x019a9005u, 0x00497a14u, 0x019a9505u, 0x014ea805u, 0x00205502u, 0x01904206u, 0x019a9a05u,
    0x01904806u, 0x019cb604u, 0x019cba04u, 0x019a9f05u, 0x015a6b09u, 0x015a7409u, 0x014eb105u, 0x00e0460eu,
    0x00e0540eu, 0x005d6a13u, 0x0075ad12u, 0x00c8340fu, 0x00913911u, 0x0018e10bu, 0x00498e14u, 0x00c8430fu,
    0x0049a214u, 0x00ab5010u, 0x011cdc0cu, 0x011ce805u, 0x011ce80cu, 0x00c8520fu, 0x01728e07u, 0x01904e06u,
    0x013bdd04u, 0x01729507u, 0x00ab6010u, 0x00b2d60au, 0x00914a11u, 0x015a7d09u, 0x0133470bu, 0x005d7d13u,
    0x00c8610fu, 0x005d9013u, 0x00e0620eu, 0x00ab7010u, 0x002c7d05u, 0x002c7d16u, 0x0049b614u, 0x01729c07u,
    0x015a8609u, 0x01905406u, 0x00c8700fu, 0x019aa405u, 0x019aa905u, 0x00e07007u, 0x00e0700eu, 0x0125d807u,
    0x01905a06u, 0x006f7606u, 0x01906006u, 0x01906606u, 0x01906c06u, 0x01907206u, 0x01907806u, 0x01907e06u,
    0x01908406u, 0x01908a06u, 0x01909006u, 0x01909606u, 0x01909c06u, 0x0190a206u, 0x0190a806u, 0x019aae05u,
    0x0144d80au, 0x01335d0bu, 0x015a8f09u, 0x0144e20au, 0x0144ec0au, 0x010a5c0du, 0x0144f60au, 0x00c88e0fu,
    0x0004a707u, 0x0024cd17u, 0x00e07e0eu, 0x011cf40cu, 0x00015a2eu, 0x0002402du, 0x00000032u, 0x00003232u,
    0x00006432u, 0x0001882eu, 0x00009632u, 0x0000c832u, 0x0000fa30u, 0x00012a30u, 0x0001b62eu, 0x0001e42eu,
    0x00026d2du, 0x00029a2du, 0x0002c72du, 0x0002122eu, 0x0002f42du, 0x0003212du, 0x00034e2du, 0x00037b2du,
    0x0003a82du, 0x0172a307u, 0x0133680bu, 0x0133730bu, 0x01337e0bu, 0x0049ca14u, 0x015a9809u, 0x019ab305u,
    0x019cbe04u, 0x005da313u, 0x00ab8010u, 0x0024e417u, 0x00e08c0eu, 0x000f771eu, 0x00ab9010u, 0x0013601bu,
    0x00199102u, 0x00e09a0eu, 0x011d000cu, 0x0049de14u, 0x0049f214u, 0x0172aa07u, 0x014eba05u, 0x015aa109u,
    0x00915b04u, 0x00915b11u, 0x0145000au, 0x0133890bu, 0x00b4b804u, 0x0172b107u, 0x0172b807u, 0x00c89d0fu,
    0x0133940bu, 0x0011d313u, 0x0020f603u, 0x01339f0bu, 0x00c8ac0fu, 0x0172bf07u, 0x0020f604u, 0x0172c607u,
    0x0133aa0bu, 0x0133b50bu, 0x00e0a80eu, 0x00c8bb0fu, 0x01450a0au, 0x0133c00bu, 0x01682d08u, 0x011d0c0cu,
    0x0133cb0bu, 0x00a2d203u, 0x0133d60bu, 0x015aaa09u, 0x011d180cu, 0x0145140au, 0x010a690du, 0x00aba010u,
    0x01683508u, 0x0037cb04u, 0x0133e10bu, 0x00916c11u, 0x00abb010u, 0x00c8ca05u, 0x01451e0au, 0x00c8ca0fu,
    0x019ab805u, 0x010a760du, 0x019d4903u, 0x00e0b60eu, 0x0028b813u, 0x00abc010u, 0x0133ec0bu, 0x011d240cu,
    0x0075bf12u, 0x0172cd07u, 0x0145280au, 0x00002c02u, 0x019abd05u, 0x0145320au, 0x0133f70bu, 0x019d4c03u,
    0x019d4f03u, 0x0134020bu, 0x015ec805u, 0x0190b406u, 0x014ec305u, 0x010a830du, 0x019cc204u, 0x001f1813u,
    0x014ef104u, 0x0172d407u, 0x019cc604u, 0x010a900du, 0x019ac205u, 0x0172db07u, 0x0190ba06u, 0x016d5403u,
    0x019ac705u, 0x00abd010u, 0x01340d0bu, 0x001f7318u, 0x0016c01au, 0x00137b1bu, 0x0134180bu, 0x011d300cu,
    0x00e0c40eu, 0x00e0d20eu, 0x0134230bu, 0x00e0e00eu, 0x01342e0bu, 0x01453c0au, 0x00e0ee0eu, 0x0134390bu,
    0x0134440bu, 0x011d3c0cu, 0x01344f0bu, 0x0145460au, 0x00917d11u, 0x01345a0bu, 0x011d480cu, 0x0134650bu,
    0x0145500au, 0x0016da1au, 0x0016e80cu, 0x01455a0au, 0x00e0fc0eu, 0x00e10a0eu, 0x011d540cu, 0x00e1180eu,
    0x0134700bu, 0x002c930au, 0x010a9d0du, 0x010aaa0du, 0x002c9316u, 0x001f8b18u, 0x00e1260eu, 0x00e1340eu,
    0x00e1420eu, 0x00918e11u, 0x0145640au, 0x010ab70du, 0x01347b0bu, 0x010ac40du, 0x00e1500eu, 0x00c8d90fu,
    0x001fa318u, 0x011d600cu, 0x0134860bu, 0x00e15e0eu, 0x011d6c0cu, 0x01456e0au, 0x005db613u, 0x0024fb17u,
    0x00e16c0eu, 0x010ad10du, 0x011d780cu, 0x004a0614u, 0x004a240au, 0x01683d08u, 0x015ab309u, 0x005dc913u,
    0x004a1a14u, 0x0039b615u, 0x0145780au, 0x0145820au, 0x0134910bu, 0x00c8e80fu, 0x0075d112u, 0x00c8f70fu,
    0x001fbb18u, 0x00abe010u, 0x0039cb15u, 0x0039e015u, 0x00e17a0eu, 0x0019ff19u, 0x00919f11u, 0x0075e312u,
    0x0039f515u, 0x0075f512u, 0x003a0a15u, 0x002ca916u, 0x00abf010u, 0x00ac0010u, 0x0091b011u, 0x0091c111u,
    0x00c9060fu, 0x00c9150fu, 0x00e1880eu, 0x001fd318u, 0x0091d211u, 0x003a1f15u, 0x00c9240fu, 0x005ddc13u,
    0x001a1819u, 0x004a2e09u, 0x004a2e14u, 0x005def13u, 0x01458c0au, 0x010ade0du, 0x01349c0bu, 0x010aeb0du,
    0x002cbf16u, 0x003a3415u, 0x0145960au, 0x011d840cu, 0x002cd516u, 0x0013961bu, 0x0003d52bu, 0x0134a70bu,
    0x0145a00au, 0x0145aa0au, 0x00e1960eu, 0x0134b20bu, 0x015abc09u, 0x005e0213u, 0x0091e311u, 0x003a4915u,
    0x0091f411u, 0x010af80du, 0x00c9330fu, 0x00ac1010u, 0x00c9420fu, 0x015ac509u, 0x010b050du, 0x010b120du,
    0x0134bd0bu, 0x00e1a40eu, 0x00e1b20eu, 0x004a4214u, 0x00e1c00eu, 0x0134c80bu, 0x015ace09u, 0x00ac2010u,
    0x00e1ce0eu, 0x0145b40au, 0x0145be0au, 0x0145c80au, 0x00ac3010u, 0x0134d30bu, 0x010b1f0du, 0x00c9510fu,
    0x0134de0bu, 0x002ceb16u, 0x003a5e15u, 0x010b2c0du, 0x00c9600fu, 0x00c96f0fu, 0x00c97e0fu, 0x010b390du,
    0x00ac4010u, 0x0134e90bu, 0x011d900cu, 0x0134f40bu, 0x002d0116u, 0x005e1513u, 0x005e2813u, 0x00ac5010u,
    0x0134ff0bu, 0x00c98d0fu, 0x00e1dc0eu, 0x010b460du, 0x002d1716u, 0x0016f41au, 0x001feb18u, 0x011d9c0cu,
    0x00920511u, 0x005e3b13u, 0x004a5614u, 0x00e1ea0eu, 0x010b530bu, 0x010b530du, 0x00200318u, 0x00ac6010u,
    0x002d2d16u, 0x00201b18u, 0x00203318u, 0x00065126u, 0x004a6a14u, 0x00760712u, 0x002d4316u, 0x00761912u,
    0x00c99c0fu, 0x00762b12u, 0x00ac7010u, 0x01350a0bu, 0x00763d12u, 0x005e4e13u, 0x00c9ab0fu, 0x0135150bu,
    0x00921611u, 0x010b600au, 0x010b600du, 0x010b6d0du, 0x005e6113u, 0x005e7409u, 0x005e7413u, 0x003a7315u,
    0x015ad709u, 0x00257a0bu, 0x00e1f80eu, 0x00922711u, 0x005e8713u, 0x0135200bu, 0x00e2060eu, 0x00ac8010u,
    0x010b7a0du, 0x00c9ba0fu, 0x00923811u, 0x00c9c90fu, 0x00e2140eu, 0x010b870du, 0x010b940du, 0x010ba10du,
    0x002d5916u, 0x01352b0bu, 0x0135360bu, 0x0145d20au, 0x00924911u, 0x005e9a13u, 0x004a7e14u, 0x00764f12u,
    0x002d6f16u, 0x00ac9010u, 0x00766112u, 0x00925a11u, 0x005ead13u, 0x011da80cu, 0x015ae009u, 0x005ec013u,
    0x00767312u, 0x00e2220eu, 0x00768512u, 0x003a8815u, 0x00926b11u, 0x00c9d80fu, 0x00aca010u, 0x00acb010u,
    0x00acc010u, 0x00769712u, 0x00acd010u, 0x00ace010u, 0x005ed313u, 0x00e2300eu, 0x00c9e70fu, 0x00c9f60fu,
    0x00251217u, 0x00ca050fu, 0x00927c11u, 0x011db40cu, 0x011dc00cu, 0x00e23e0eu, 0x0076a90fu, 0x0076a912u,
    0x00928d0eu, 0x00928d11u, 0x00acf010u, 0x00ca140fu, 0x00e24c0eu, 0x011dcc0cu, 0x00929e11u, 0x0076bb12u,
    0x0092af11u, 0x00e25a0eu, 0x00e2680bu, 0x00e2680eu, 0x00ca230fu, 0x00e2760eu, 0x00ad0010u, 0x005ee613u,
    0x0092c011u, 0x011dd80cu, 0x00e2840eu, 0x011de40cu, 0x005ef913u, 0x00ad1010u, 0x011df00cu, 0x011dfc0cu,
    0x0135410bu, 0x00e2920eu, 0x01354c0bu, 0x0135570bu, 0x005f0c13u, 0x010bae0du, 0x011e080cu, 0x00e2a00eu,
    0x003a9d15u, 0x00e2ae0eu, 0x0092d111u, 0x0092e211u, 0x00ca320fu, 0x0092f311u, 0x00e2bc0eu, 0x00ad2010u,
    0x00252917u, 0x00ad3010u, 0x002d850au, 0x010bbb0du, 0x002d8516u, 0x011e140cu, 0x011e200cu, 0x015ae909u,
    0x00e2ca0eu, 0x00204b18u, 0x0135620bu, 0x01684508u, 0x00ca4109u, 0x00ca410fu, 0x00ad4010u, 0x00930411u,
    0x00e2d80eu, 0x0076cd12u, 0x0076df12u, 0x01356d0bu, 0x005f1f13u, 0x004a9214u, 0x00138c0au, 0x002d9b16u,
    0x010bc80du, 0x010bd50du, 0x002db116u, 0x00e2e60eu, 0x011e2c0cu, 0x0076f112u, 0x00931511u, 0x00ad5010u,
    0x0135780bu, 0x001fb209u, 0x01684d08u, 0x0135830bu, 0x004aa614u, 0x00e2f40eu, 0x0145dc0au, 0x0145e60au,
    0x01358e0bu, 0x011e380cu, 0x00e3020eu, 0x015af209u, 0x01685508u, 0x00ca500fu, 0x00ca5f0fu, 0x00e3100eu,
    0x00ca6e0fu, 0x00770312u, 0x003ab215u, 0x00ad6010u, 0x0135990bu, 0x010be20du, 0x011e440cu, 0x010bef0du,
    0x00ca7d0fu, 0x00ca8c0fu, 0x00ad7010u, 0x00771512u, 0x00932611u, 0x010bfc0du, 0x0135a40bu, 0x00ca9b0fu,
    0x00ad8010u, 0x00e31e0eu, 0x00caaa0fu, 0x00e32c0eu, 0x00ad9010u, 0x00933711u, 0x011e500cu, 0x0135af0bu,
    0x002dc716u, 0x00ada010u, 0x00772712u, 0x00adb010u, 0x0135ba0bu, 0x00cab90fu, 0x00934811u, 0x00773912u,
    0x00cac80fu, 0x00adc010u, 0x00774b12u, 0x00cad70fu, 0x00cae60fu, 0x00caf50fu, 0x00cb040fu, 0x00add010u,
    0x003ac715u, 0x00cb130fu, 0x00cb220fu, 0x004aba14u, 0x00775d12u, 0x00776f12u, 0x002ddd16u, 0x00935911u,
    0x00778112u, 0x00cb310fu, 0x00779312u, 0x001a3119u, 0x003adc15u, 0x0135c50bu, 0x015afb09u, 0x010c090du,
    0x00cb400fu, 0x011e5c0cu, 0x0077a512u, 0x00e33a0eu, 0x00ade010u, 0x0013b11bu, 0x00170e1au, 0x0011791cu,
    0x0013cc1bu, 0x0013e71bu, 0x0017281au, 0x0017421au, 0x001a4a19u, 0x0077b712u, 0x00cb4f0fu, 0x00adf010u,
    0x00ae0010u, 0x010c160du, 0x010c230du, 0x002df316u, 0x00e3480eu, 0x00e3560eu, 0x010c300du, 0x00936a11u,
    0x0145f00au, 0x00e3640eu, 0x00cb5e0fu, 0x002e0916u, 0x00206318u, 0x003af115u, 0x002e1f16u, 0x00cb6d0fu,
    0x005f3213u, 0x00254017u, 0x00207b18u, 0x004ace14u, 0x00e3720eu, 0x00cb7c0fu, 0x00937b11u, 0x00e3800eu,
    0x015b0409u, 0x00255717u, 0x000f951eu, 0x004ae214u, 0x00938c11u, 0x00ae1010u, 0x0135d00bu, 0x004af614u,
    0x0135db0bu, 0x00e38e0eu, 0x00256e17u, 0x0145fa0au, 0x0146040au, 0x0135e60bu, 0x00ae2010u, 0x00939d11u,
    0x01460e0au, 0x00e39c0eu, 0x010c3d0du, 0x0077c912u, 0x010c4a0du, 0x00258517u, 0x00e3aa0eu, 0x00cb8b0fu,
    0x010c570du, 0x0135f10bu, 0x00752609u, 0x011e680cu, 0x019acc05u, 0x019d5203u, 0x019ad105u, 0x01024603u,
    0x019ad605u, 0x015c4904u, 0x00d0dd04u, 0x010c640du, 0x005f4513u, 0x0077db12u, 0x00ae3010u, 0x0077ed12u,
    0x0190c006u, 0x00ae4010u, 0x00cb9a0fu, 0x0093ae11u, 0x019adb05u, 0x00ae5010u, 0x0093bf11u, 0x0093d011u,
    0x0077ff12u, 0x0093e111u, 0x002e3516u, 0x01685d08u, 0x0093f211u, 0x00cba90fu, 0x00ae6010u, 0x00781112u,
    0x00ae7010u, 0x005f5813u, 0x0029020bu, 0x00782312u, 0x004b0a14u, 0x001ebf0cu, 0x004b1e14u, 0x00783512u,
    0x00259c17u, 0x0010e10cu, 0x002e4b16u, 0x004b3214u, 0x004b4614u, 0x00784712u, 0x005f6b13u, 0x00785912u,
    0x00786b12u, 0x002e6116u, 0x004b5a14u, 0x002e7716u, 0x0172e207u, 0x00cbb80fu, 0x00cbc70fu, 0x005f7e13u,
    0x004b6e14u, 0x00247906u, 0x0024790fu, 0x011e740cu, 0x00e3b80eu, 0x00ae8010u, 0x00940311u, 0x00ae9010u,
    0x010c710du, 0x00cbd60fu, 0x00941411u, 0x00942511u, 0x00cbe50fu, 0x00787d12u, 0x002e8d16u, 0x00943611u,
    0x00cbf40fu, 0x005f9113u, 0x00cc030fu, 0x015b0d09u, 0x015b1609u, 0x0146180au, 0x0135fc0bu, 0x015b1f09u,
    0x002c5902u, 0x019ae005u, 0x019ae505u, 0x0190c606u, 0x015b2809u, 0x00a8f804u, 0x00788f12u, 0x00aea010u,
    0x010c7e0du, 0x005fa413u, 0x00cc120fu, 0x00aeb010u, 0x00981508u, 0x00209318u, 0x004b8214u, 0x00cc210fu,
    0x00944711u, 0x011e800cu, 0x01686508u, 0x0078a112u, 0x005fb713u, 0x00945811u, 0x005fca13u, 0x004b9614u,
    0x00cc300fu, 0x00aec010u, 0x00d9730bu, 0x00aed010u, 0x011e8c0cu, 0x00cc3f0fu, 0x0078b312u, 0x005fdd13u,
    0x004baa14u, 0x0078c512u, 0x0028220fu, 0x005ff013u, 0x00946911u, 0x00600313u, 0x003f5f03u, 0x011e980cu,
    0x00c8bf07u, 0x00145a02u, 0x00947a11u, 0x011ea40cu, 0x00601613u, 0x004bbe14u, 0x00cc4e0fu, 0x004bd214u,
    0x016d1703u, 0x00aee010u, 0x0078d712u, 0x00948b11u, 0x0078e912u, 0x00aef010u, 0x00af0010u, 0x00949c11u,
    0x019cca04u, 0x019cce04u, 0x019aea05u, 0x0190cc06u, 0x0190d206u, 0x0190d806u, 0x011eb00cu, 0x01686d08u,
    0x0136070bu, 0x00af1010u, 0x0094ad11u, 0x010c8b0du, 0x00e3c60eu, 0x00cc5d0fu, 0x0190de06u, 0x015b3109u,
    0x015b3a09u, 0x019cd204u, 0x01687508u, 0x0078fb12u, 0x019cd604u, 0x01687d08u, 0x011ebc0cu, 0x0136120bu,
    0x01361d0bu, 0x019d5503u, 0x019aef05u, 0x0190e406u, 0x010a8402u, 0x015b4309u, 0x005dac04u, 0x0094be11u,
    0x00e3d40eu, 0x015b4c09u, 0x019af405u, 0x019af905u, 0x0172e907u, 0x0094cf11u, 0x0144e102u,
};

// Wildcard rules "*.x", stored as "x".
inline constexpr std::uint32_t psl_wildcard[] = {
    0x015b5508u, 0x0136500au, 0x00e4b20du, 0x015bfd08u, 0x007a2e11u, 0x001b0b18u, 0x010dac0cu, 0x00202102u,
    0x0147c009u, 0x01481109u, 0x003c7210u, 0x00b1f00fu, 0x00040a02u, 0x003c1e14u, 0x00e6ba0du, 0x00d1120eu,
    0x015f2508u, 0x00214c17u, 0x001b6b15u, 0x001b6b18u, 0x00d13c0eu, 0x00b3670fu, 0x0044e210u, 0x00b1f40bu,
    0x010f980cu, 0x003c6e14u, 0x00305c15u, 0x007bc611u, 0x00e7150du, 0x0026fd16u, 0x00b3d00fu, 0x01497009u,
    0x003c8211u, 0x003c8214u, 0x00065602u, 0x00b5290fu, 0x00d2c40eu, 0x00ddf00au, 0x013d0902u, 0x014a9909u,
    0x00b52c0cu, 0x0128940bu, 0x00801711u, 0x00b7cc0fu, 0x00b8530fu, 0x00cb4502u, 0x0098050bu, 0x0037c202u,
    0x0062920du, 0x010ee907u, 0x006aeb12u, 0x0084df11u, 0x016ec807u, 0x0114fc0cu, 0x00850111u, 0x00855611u,
    0x0103260du, 0x0008c702u, 0x01164c0cu, 0x00d0d109u, 0x0023e717u, 0x01884a06u, 0x00d9b60eu, 0x0057ee02u,
    0x0044de14u, 0x0044f214u, 0x00450614u, 0x012dd20bu, 0x0154b909u, 0x00a4f010u, 0x0154c209u, 0x0170ab07u,
    0x01552509u, 0x01182c0cu, 0x00279602u, 0x00c2df0fu, 0x00a63010u, 0x0106660du, 0x01574109u, 0x018e2c06u,
    0x00b2c70au, 0x018e8c06u, 0x00d0df09u, 0x00a72010u, 0x00728312u, 0x0108200du, 0x00472214u, 0x0171d107u,
    0x011afc0cu, 0x0158d609u, 0x00ddec0eu, 0x01430c0au, 0x0131bb0bu, 0x0132130bu, 0x01321e0bu, 0x0132290bu,
    0x01324a0bu, 0x01674508u, 0x011c4c0cu, 0x01726b07u, 0x00757712u, 0x00aab010u, 0x010a4f0du, 0x00ab4010u,
    0x0133520bu, 0x00c87f0fu, 0x0098150bu,
};

// Exception rules "!y.x", stored as "y.x".
inline constexpr std::uint32_t psl_exception[] = {
    0x00980010u, 0x00628d12u, 0x010ee40cu, 0x00d0cc0eu, 0x00b2c20fu, 0x00d0da0eu, 0x00981010u, 0x0190ae06u,
};

}}} // namespace cors::v1::detail
