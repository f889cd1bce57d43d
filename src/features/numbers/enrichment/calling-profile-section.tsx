import { formatCount } from '../../../lib/counts.ts';
import { Badge, List, Paper } from '@mantine/core';
import type { CallingProfile, MatchingSbc, Trunk } from '../../../api/calling-profiles.ts';
import { FieldList } from '../../../components/field-list.tsx';
import { LongList } from '../../../components/long-list.tsx';
import { bareListStyle, listItemProps } from '../../../components/list-view.ts';
import { SectionCard } from '../../../components/section-card.tsx';
import { clip } from '../../../lib/clip.ts';
import { useMasker, type Masker } from '../../../lib/presentation/presentation-mode.tsx';
import { BreakAfterDots } from '../components/sbc-value.tsx';
import type { OcNumber } from '../schema.ts';
import { PartEmpty, PartFailed, PartLoading, StaleNote } from './part-states.tsx';
import { matchSbcs, sbcsDisagree, type SbcMatch } from './sbc-match.ts';
import { useCallingProfile } from './use-enrichment.ts';
import { tones } from '../../../components/tones.ts';
import { PlainGroup, PlainStack, PlainText } from '../../../components/plain.tsx';

const title = 'Calling profile';

/** The number's calling profile by name: its offer, its trunks and SBCs, checked against the number's. */
export function CallingProfileSection({ number }: { number: OcNumber }) {
  const { id, query, profile } = useCallingProfile(number);
  const masker = useMasker();
  if (!id) {
    return (
      <SectionCard title={title}>
        <PartEmpty>No calling profile set</PartEmpty>
      </SectionCard>
    );
  }
  if (query.isPending) {
    return (
      <SectionCard title={title}>
        <PartLoading label="Loading the calling profile…" />
      </SectionCard>
    );
  }
  if (query.isError && !query.data) {
    return (
      <SectionCard title={title}>
        <PartFailed
          what="Could not load the calling profile"
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
          failedAt={query.errorUpdatedAt}
        />
      </SectionCard>
    );
  }
  return (
    <SectionCard title={title}>
      {profile ? (
        <ProfileDetails
          profile={profile}
          match={matchSbcs(number.sbcList ?? [], profile)}
          masker={masker}
        />
      ) : (
        <PlainText size="sm" c={tones.warning}>
          Live Platform has no calling profile {masker.id(clip(id, 100))} (the number’s
          callingProfileId).
        </PlainText>
      )}
      <StaleNote freshness={query.data.freshness} />
    </SectionCard>
  );
}

const text = (value: string | number | boolean | null | undefined) =>
  value === null || value === undefined || value === '' ? null : String(value);

type ProfileDetailsProps = { profile: CallingProfile; match: SbcMatch; masker: Masker };

function ProfileDetails({ profile, match, masker }: ProfileDetailsProps) {
  const offers = profile.offerTypes.flatMap((offer) => text(offer?.offerTypeName) ?? []);
  const where = [profile.enviroment, profile.region, profile.carrier].flatMap(
    (part) => text(part) ?? [],
  );
  return (
    <PlainStack gap="md">
      <FieldList
        fields={[
          {
            label: 'Name',
            value: profile.name,
            display: (
              <PlainText size="sm" fw={600}>
                {clip(profile.name ?? '', 200)}
              </PlainText>
            ),
            hint: where.length > 0 ? clip(where.join(' · '), 300) : undefined,
          },
          {
            label: 'Offer types',
            value: offers.join(', '),
            display: (
              <PlainGroup gap={6}>
                {offers.map((offer) => (
                  <Badge key={offer} variant="light" color="blue" tt="none" radius="sm">
                    {clip(offer, 100)}
                  </Badge>
                ))}
              </PlainGroup>
            ),
          },
        ]}
      />
      <SbcCheck match={match} masker={masker} />
      <Trunks profile={profile} match={match} masker={masker} />
    </PlainStack>
  );
}

function SbcCheck({ match, masker }: { match: SbcMatch; masker: Masker }) {
  const disagree = sbcsDisagree(match);
  if (!disagree && match.withoutId === 0) {
    return (
      <PlainText size="sm" c={tones.ok}>
        SBCs match: every SBC of the number is matched by this profile’s trunks, and the other way
        round ({match.matching.length}).
      </PlainText>
    );
  }
  // Set apart from the profile's own fields: this is the part a support engineer acts on.
  return (
    <Paper p="sm" radius="sm" bg="var(--mantine-color-orange-light)">
      <PlainStack gap={6}>
        <PlainText size="sm" fw={700} c={tones.warning}>
          {disagree ? 'SBCs do not match' : 'Some SBCs cannot be checked'}
        </PlainText>
        <List size="sm" spacing={6} style={{ overflowWrap: 'anywhere' }}>
          {/* Two sentences may read the same (two unnamed SBCs): keyed by place, a fixed list. */}
          {match.explanations.map((sentence, index) => (
            <List.Item key={index}>{masker.text(sentence)}</List.Item>
          ))}
        </List>
        {match.unexplained > 0 && (
          <PlainText size="sm">
            And {formatCount(match.unexplained)} more SBCs like these: the SBCs section lists every
            one.
          </PlainText>
        )}
        {disagree && (
          <PlainText size="sm">
            <PlainText span fw={700} size="sm">
              What to do:
            </PlainText>{' '}
            correct the number’s SBC list or the trunks enrolled in this profile in Live Platform.
          </PlainText>
        )}
      </PlainStack>
    </Paper>
  );
}

function Trunks({ profile, match, masker }: ProfileDetailsProps) {
  const trunks = profile.trunksEnrolled.filter((trunk) => trunk !== null);
  if (trunks.length === 0) return <PartEmpty>No trunks enrolled in this profile</PartEmpty>;
  // A profile is upstream's answer like any other: both lists may be long, and are rendered in
  // bounded time (the first items, then every one in a scrolling window on demand).
  return (
    <PlainStack gap="xs">
      <PlainText size="sm" fw={600}>
        Trunks ({formatCount(trunks.length)})
      </PlainText>
      <LongList count={trunks.length} noun="trunks" estimateSize={64} gap={10}>
        {(view) => (
          <PlainStack component="ul" gap={10} style={bareListStyle(view)}>
            {view.indices.map((index) => {
              const trunk = trunks[index];
              return (
                trunk && (
                  <li key={index} {...listItemProps(view, index, trunks.length)}>
                    <TrunkItem trunk={trunk} match={match} masker={masker} />
                  </li>
                )
              );
            })}
          </PlainStack>
        )}
      </LongList>
    </PlainStack>
  );
}

function TrunkItem({ trunk, match, masker }: { trunk: Trunk; match: SbcMatch; masker: Masker }) {
  const sbcs = trunk.matchingSbcList;
  return (
    <PlainStack gap={2}>
      <PlainText size="sm" ff="monospace" style={{ overflowWrap: 'break-word' }}>
        <BreakAfterDots value={clip(trunk.trunkFqdn ?? 'Unnamed trunk', 300)} />
        {text(trunk.trunkId) && (
          <PlainText span size="xs" c="dimmed" style={{ fontFamily: 'var(--mantine-font-family)' }}>
            {' '}
            (trunk id {masker.id(clip(String(trunk.trunkId), 100))})
          </PlainText>
        )}
      </PlainText>
      {sbcs.length === 0 ? (
        <PlainText size="sm" style={{ paddingLeft: 'var(--mantine-spacing-md)' }}>
          No matching SBCs
        </PlainText>
      ) : (
        <LongList count={sbcs.length} noun="SBCs of this trunk" estimateSize={22} gap={2}>
          {(view) => (
            <List
              size="sm"
              spacing={2}
              withPadding
              style={{ paddingBlock: `${view.before}px ${view.after}px` }}
            >
              {view.indices.map((index) => (
                <List.Item key={index} {...listItemProps(view, index, sbcs.length)}>
                  <TrunkSbc sbc={sbcs[index] ?? null} match={match} masker={masker} />
                </List.Item>
              ))}
            </List>
          )}
        </LongList>
      )}
    </PlainStack>
  );
}

function TrunkSbc({
  sbc,
  match,
  masker,
}: {
  sbc: MatchingSbc | null;
  match: SbcMatch;
  masker: Masker;
}) {
  return (
    <>
      <PlainText span size="sm" ff="monospace" style={{ overflowWrap: 'break-word' }}>
        <BreakAfterDots value={masker.text(clip(sbc?.fqdn ?? sbc?.name ?? 'Unnamed SBC', 300))} />
        {sbc?.ipAddress ? ` [${masker.text(clip(sbc.ipAddress, 100))}]` : ''}
      </PlainText>
      <PlainText span size="xs" c="dimmed">
        {' '}
        · id {clip(String(sbc?.sbcId ?? 'none'), 100)} ·{' '}
        {match.numberHas(text(sbc?.sbcId)) ? 'serves this number' : 'not in the number’s SBC list'}
      </PlainText>
    </>
  );
}
