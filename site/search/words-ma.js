gazetteSearch.words("ma",[["major",4],["malloy",0],["many",2]]);
