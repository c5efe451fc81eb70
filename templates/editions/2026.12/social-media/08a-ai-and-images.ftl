<#-- Edition 2026.12, policygen's own wording: images, video and audio made or changed with AI, in the social
     media policy's voice; responses follow the UKCIS advice on sharing nudes and semi-nudes. -->
<#if g.sharingNudes??>
## Content made with artificial intelligence (AI)

<@clause id="no-fake-images" source="policygen" meets="sharingNudes">
- No member of ${school.theShortName()} community may use AI or any other tool to make or change images, video or audio of ${w.children}, staff or families in a way that is sexual, harmful, humiliating or misleading, or share such content on social media. This will be dealt with under our ${m.policiesEndingCp(["behaviour", "anti-bullying"])}<#if !m.earlyYearsSetting()>; when a ${w.child} makes or shares a nude or semi-nude image of another ${w.child}, it is child-on-child abuse</#if>.
</@clause>
<@clause id="report" source="policygen" meets="sharingNudes">
- Anyone who sees such content about a member of our community should not share it further and should report it to the Designated Safeguarding Lead (or deputy), who will ask the platform to remove it and support anyone targeted, including staff. Where the content is a nude or semi-nude image of a ${w.child}, the response follows the UKCIS advice ‘<@m.link text=g.sharingNudes.title url=(g.sharingNudes.url)!""/>’ (${g.sharingNudes.year}).
</@clause>
</#if>
