gazetteSearch.words("ne",[["ned",4],["need",0],["new",0,2],["next",0]]);
